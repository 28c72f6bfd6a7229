import { Modules } from "@medusajs/framework/utils"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { SEED_CATEGORIES, SEED_PRODUCTS, type SeedCategory } from "../../../src/scripts/seed/catalog-data"
import { createAdmin } from "../../helpers/admin"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(120 * 1000)

type Node = { categoryId: string; name: string; handle: string; depth: number; children: Node[] }

const count = (categories: SeedCategory[]): number =>
  categories.reduce((sum, category) => sum + 1 + count(category.children ?? []), 0)
const flatten = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...flatten(node.children)])
const noThrow = { validateStatus: () => true }

gopangIntegrationTestRunner({
  database: "seeded",
  testSuite: ({ api, getContainer }) => {
    let seed: SeedSummary
    let admin: { authorization: string }
    const id = (handle: string) => seed.categoryIdsByHandle[handle]

    beforeAll(async () => {
      seed = await seedMarketplace(getContainer())
      admin = await createAdmin(getContainer(), api)
    })

    const tree = async (): Promise<Node[]> => (await api.get("/api/v1/categories")).data.data

    describe("GET /api/v1/categories (guest)", () => {
      it("returns the whole tree with depths from 0, in the envelope", async () => {
        const response = await api.get("/api/v1/categories")
        expect(response.status).toEqual(200)
        expect(response.data.success).toBe(true)
        const nodes = flatten(response.data.data)
        expect(nodes).toHaveLength(count(SEED_CATEGORIES))
        expect(response.data.data.map((node: Node) => node.name)).toEqual(SEED_CATEGORIES.map((c) => c.name))

        const dress = nodes.find((node) => node.name === "원피스")!
        expect(dress.depth).toEqual(2)
        const fashion = response.data.data.find((node: Node) => node.name === SEED_CATEGORIES[0].name)
        expect(fashion.depth).toEqual(0)
        expect(fashion.children[0].depth).toEqual(1)
      })
    })

    describe("POST /api/v1/category (admin)", () => {
      it("refuses guests", async () => {
        const response = await api.post("/api/v1/category", { name: "운동화", parentId: null }, noThrow)
        expect(response.status).toEqual(401)
        expect(response.data.success).toBe(false)
      })

      it("creates top and nested categories with the derived depth", async () => {
        const top = await api.post("/api/v1/category", { name: "스포츠/레저", parentId: null, depth: 0 }, { headers: admin })
        expect(top.status).toEqual(201)
        expect(top.data.data.depth).toEqual(0)
        const child = await api.post(
          "/api/v1/category",
          { name: "운동화", parentId: top.data.data.categoryId },
          { headers: admin }
        )
        expect(child.data.data.depth).toEqual(1)
        // the same name elsewhere in the tree still gets its own handle
        const again = await api.post("/api/v1/category", { name: "운동화", parentId: null }, { headers: admin })
        expect(again.status).toEqual(201)

        const nodes = flatten(await tree())
        const created = nodes.find((node) => node.categoryId === child.data.data.categoryId)!
        expect(created).toMatchObject({ name: "운동화", depth: 1 })
        expect(nodes.filter((node) => node.name === "운동화")).toHaveLength(2)
      })

      it("refuses a depth that does not match the parent, an unknown parent and a blank name", async () => {
        const wrongDepth = await api.post(
          "/api/v1/category",
          { name: "운동화", parentId: id(SEED_CATEGORIES[0].handle), depth: 3 },
          { headers: admin, ...noThrow }
        )
        expect(wrongDepth.status).toEqual(400)
        expect(wrongDepth.data.error.message).toContain("depth")

        const unknownParent = await api.post(
          "/api/v1/category",
          { name: "운동화", parentId: "pcat_missing" },
          { headers: admin, ...noThrow }
        )
        expect(unknownParent.status).toEqual(400)
        expect(unknownParent.data.error.message).toContain("parentId")

        const blank = await api.post("/api/v1/category", { name: " ", parentId: null }, { headers: admin, ...noThrow })
        expect(blank.status).toEqual(400)
        expect(blank.data.error.fields).toEqual(["name"])

        const extra = await api.post(
          "/api/v1/category",
          { name: "운동화", parentId: null, color: "red" },
          { headers: admin, ...noThrow }
        )
        expect(extra.status).toEqual(400)
        expect(flatten(await tree())).toHaveLength(count(SEED_CATEGORIES))
      })
    })

    describe("POST|PUT /api/v1/category/{categoryId} (admin)", () => {
      const women = () => SEED_CATEGORIES[0].children![0]

      it("renames with POST and moves with PUT, recomputing depths below", async () => {
        const target = women()
        const renamed = await api.post(`/api/v1/category/${id(target.handle)}`, { name: "여성 의류" }, { headers: admin })
        expect(renamed.status).toEqual(200)

        const newParent = SEED_CATEGORIES[1]
        const moved = await api.put(
          `/api/v1/category/${id(target.handle)}`,
          { parentId: id(newParent.handle), depth: 1 },
          { headers: admin }
        )
        expect(moved.data.data.depth).toEqual(1)
        const nodes = flatten(await tree())
        const node = nodes.find((n) => n.categoryId === id(target.handle))!
        expect(node.name).toEqual("여성 의류")
        const parent = nodes.find((n) => n.categoryId === id(newParent.handle))!
        expect(parent.children.map((child) => child.categoryId)).toContain(node.categoryId)

        const toTop = await api.put(`/api/v1/category/${id(target.handle)}`, { parentId: null }, { headers: admin })
        expect(toTop.data.data.depth).toEqual(0)
        const top = (await tree()).find((n) => n.categoryId === id(target.handle))!
        expect(top.children[0].depth).toEqual(1)
      })

      it("refuses moving a category under itself or its descendant", async () => {
        const target = women()
        const grandchild = target.children![0]
        for (const parentId of [id(target.handle), id(grandchild.handle)]) {
          const response = await api.put(`/api/v1/category/${id(target.handle)}`, { parentId }, { headers: admin, ...noThrow })
          expect(response.status).toEqual(400)
          expect(response.data.error.message).toContain("parentId")
        }
        const node = flatten(await tree()).find((n) => n.categoryId === id(target.handle))!
        expect(node.depth).toEqual(1)
      })

      it("answers 404 for an unknown category and 401 for guests", async () => {
        const missing = await api.put("/api/v1/category/pcat_missing", { name: "없음" }, { headers: admin, ...noThrow })
        expect(missing.status).toEqual(404)
        const guest = await api.put(`/api/v1/category/${id(women().handle)}`, { name: "x" }, noThrow)
        expect(guest.status).toEqual(401)
      })
    })

    describe("DELETE /api/v1/category/{categoryId} (admin)", () => {
      const leafWithProducts = () => {
        const handle = SEED_PRODUCTS[0].category
        return { handle, products: SEED_PRODUCTS.filter((product) => product.category === handle) }
      }

      it("deletes an empty category", async () => {
        const created = await api.post("/api/v1/category", { name: "임시", parentId: null }, { headers: admin })
        const response = await api.delete(`/api/v1/category/${created.data.data.categoryId}`, { headers: admin })
        expect(response.status).toEqual(200)
        expect(flatten(await tree()).some((n) => n.categoryId === created.data.data.categoryId)).toBe(false)
      })

      it("refuses with 409 while it has children or products", async () => {
        const withChildren = await api.delete(`/api/v1/category/${id(SEED_CATEGORIES[0].handle)}`, { headers: admin, ...noThrow })
        expect(withChildren.status).toEqual(409)
        const { handle } = leafWithProducts()
        const withProducts = await api.delete(`/api/v1/category/${id(handle)}`, { headers: admin, ...noThrow })
        expect(withProducts.status).toEqual(409)
        expect(withProducts.data.error.message).toContain("cascade")
        expect(flatten(await tree())).toHaveLength(count(SEED_CATEGORIES))
      })

      it("with cascade=true moves its products and children to the parent", async () => {
        const { handle, products } = leafWithProducts()
        const nodes = flatten(await tree())
        const parent = nodes.find((node) => node.children.some((child) => child.categoryId === id(handle)))!

        const response = await api.delete(`/api/v1/category/${id(handle)}?cascade=true`, { headers: admin })
        expect(response.data.data).toMatchObject({ movedProducts: products.length, movedChildren: 0 })

        const productModule = getContainer().resolve(Modules.PRODUCT)
        const moved = await productModule.listProducts(
          { handle: products.map((product) => product.handle) },
          { relations: ["categories"] }
        )
        moved.forEach((product) => {
          expect(product.categories!.map((category) => category.id)).toEqual([parent.categoryId])
        })

        const withChildren = (await tree())[1].children[0]
        const lifted = await api.delete(`/api/v1/category/${withChildren.categoryId}?cascade=true`, { headers: admin })
        expect(lifted.data.data.movedChildren).toEqual(withChildren.children.length)
        const top = (await tree())[1]
        expect(top.children.map((n) => n.categoryId)).toEqual(
          expect.arrayContaining(withChildren.children.map((child) => child.categoryId))
        )
        expect(top.children.find((n) => n.categoryId === withChildren.children[0].categoryId)!.depth).toEqual(1)
      })

      it("refuses to cascade a top category's products nowhere, and 404s unknown ids", async () => {
        const created = await api.post("/api/v1/category", { name: "최상위", parentId: null }, { headers: admin })
        const productModule = getContainer().resolve(Modules.PRODUCT)
        const [product] = await productModule.listProducts({ handle: SEED_PRODUCTS[0].handle })
        await productModule.updateProducts(product.id, { category_ids: [created.data.data.categoryId] })

        const response = await api.delete(`/api/v1/category/${created.data.data.categoryId}?cascade=true`, {
          headers: admin,
          ...noThrow,
        })
        expect(response.status).toEqual(409)
        const missing = await api.delete("/api/v1/category/pcat_missing", { headers: admin, ...noThrow })
        expect(missing.status).toEqual(404)
        const badQuery = await api.delete(`/api/v1/category/${created.data.data.categoryId}?cascade=maybe`, {
          headers: admin,
          ...noThrow,
        })
        expect(badQuery.status).toEqual(400)
      })
    })
  },
})
