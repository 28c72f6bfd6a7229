import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../../src/modules/catalog"
import type CatalogModuleService from "../../../src/modules/catalog/service"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { SEED_CATEGORIES, SEED_PRODUCTS, type SeedCategory } from "../../../src/scripts/seed/catalog-data"
import { createAdmin } from "../../helpers/admin"

jest.setTimeout(120 * 1000)

type Card = { itemId: string; handle: string; name: string; price: number; inStock: boolean; rating: { average: number; count: number } }
const noThrow = { validateStatus: () => true }
const seededMin = (handle: string) =>
  Math.min(...SEED_PRODUCTS.find((product) => product.handle === handle)!.variants.map((variant) => variant.price))
const leaves = (category: SeedCategory): string[] =>
  category.children?.length ? category.children.flatMap(leaves) : [category.handle]

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const value = await read()
    if (done(value) || attempt > 50) {
      return value
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedSummary
    const list = async (query: string) => (await api.get(`/api/v1/items?${query}`)).data

    beforeAll(async () => {
      seed = await seedMarketplace(getContainer())
    })

    describe("GET /api/v1/items", () => {
      it("pages through every purchasable product with the right totals", async () => {
        const seen = new Set<string>()
        const pages = Math.ceil(SEED_PRODUCTS.length / 20)
        for (let page = 1; page <= pages; page++) {
          const body = await list(`page=${page}&size=20`)
          expect(body.meta).toEqual({ page, size: 20, total: SEED_PRODUCTS.length })
          expect(body.data).toHaveLength(page < pages ? 20 : SEED_PRODUCTS.length - 20 * (pages - 1))
          body.data.forEach((card: Card) => seen.add(card.itemId))
        }
        expect(seen.size).toEqual(SEED_PRODUCTS.length)
        expect((await list(`page=${pages + 1}&size=20`)).data).toEqual([])
      })

      it("sorts by price both ways, with the cheapest variant's price", async () => {
        const asc: Card[] = (await list("sort=price_asc&size=100")).data
        const desc: Card[] = (await list("sort=price_desc&size=100")).data
        asc.forEach((card) => expect(card.price).toEqual(seededMin(card.handle)))
        expect(asc.map((card) => card.price)).toEqual([...asc.map((card) => card.price)].sort((a, b) => a - b))
        expect(desc.map((card) => card.price)).toEqual([...asc.map((card) => card.price)].reverse())
      })

      it("sorts latest by publication, and best sellers, rating and review count by their counters", async () => {
        const catalog = getContainer().resolve<CatalogModuleService>(CATALOG_MODULE)
        const rows = await catalog.listCatalogItems({}, { take: null })
        const latest: Card[] = (await list("sort=latest&size=100")).data
        const byPublished = [...rows].sort(
          (a, b) => new Date(b.published_at).getTime() - new Date(a.published_at).getTime() || a.product_id.localeCompare(b.product_id)
        )
        expect(latest.map((card) => card.itemId)).toEqual(byPublished.map((row) => row.product_id))

        const [a, b, c] = rows
        await catalog.updateCatalogItems([
          { id: a.id, units_sold_30d: 5, rating_avg: 4.5, review_count: 2 },
          { id: b.id, units_sold_30d: 12, rating_avg: 3.25, review_count: 9 },
          { id: c.id, units_sold_30d: 1, rating_avg: 4.5, review_count: 7 },
        ])
        const best: Card[] = (await list("sort=best_selling&size=3")).data
        expect(best.map((card) => card.itemId)).toEqual([b.product_id, a.product_id, c.product_id])
        const rated: Card[] = (await list("sort=rating&size=3")).data
        expect(rated.map((card) => card.itemId)).toEqual([c.product_id, a.product_id, b.product_id])
        expect(rated[0].rating).toEqual({ average: 4.5, count: 7 })
        expect(rated[2].rating.average).toEqual(3.3)
        const reviewed: Card[] = (await list("sort=review_count&size=3")).data
        expect(reviewed.map((card) => card.itemId)).toEqual([b.product_id, c.product_id, a.product_id])
      })

      it("includes descendants of the category named by id or handle", async () => {
        for (const top of SEED_CATEGORIES) {
          const expected = SEED_PRODUCTS.filter((product) => leaves(top).includes(product.category))
          const byHandle = await list(`category=${top.handle}&size=100`)
          expect(byHandle.meta.total).toEqual(expected.length)
          expect(byHandle.data.map((card: Card) => card.handle).sort()).toEqual(expected.map((p) => p.handle).sort())
          const byId = await list(`category=${seed.categoryIdsByHandle[top.handle]}&size=1`)
          expect(byId.meta.total).toEqual(expected.length)
        }
      })

      it("finds Korean words inside titles whatever the spacing", async () => {
        const dresses = SEED_PRODUCTS.filter((product) => product.title.includes("원피스"))
        expect(dresses.length).toBeGreaterThan(1)
        const found = await list(`q=${encodeURIComponent("원피스")}&size=100`)
        expect(found.data.map((card: Card) => card.handle).sort()).toEqual(dresses.map((p) => p.handle).sort())

        const linen = dresses.find((product) => product.title === "여름 린넨 원피스")!
        for (const q of ["린넨원피스", "린넨 원 피스", " 여름린넨 "]) {
          const body = await list(`q=${encodeURIComponent(q)}`)
          expect(body.data.map((card: Card) => card.handle)).toContain(linen.handle)
        }
        expect((await list(`q=${encodeURIComponent("%")}`)).meta.total).toEqual(0)
        expect((await list(`q=${encodeURIComponent("원피스")}&category=${SEED_CATEGORIES[1].handle}`)).meta.total).toEqual(0)
      })

      it("refuses bad queries naming the field, and unknown categories with 404", async () => {
        const tooBig = await api.get("/api/v1/items?size=101", noThrow)
        expect(tooBig.status).toEqual(400)
        expect(tooBig.data.error.fields).toEqual(["size"])
        const badSort = await api.get("/api/v1/items?sort=cheap", noThrow)
        expect(badSort.status).toEqual(400)
        expect(badSort.data.error.fields).toEqual(["sort"])
        const unknown = await api.get("/api/v1/items?color=red", noThrow)
        expect(unknown.status).toEqual(400)
        const missing = await api.get("/api/v1/items?category=no-such-category", noThrow)
        expect(missing.status).toEqual(404)
      })
    })

    describe("GET /api/v1/items/{itemId}", () => {
      it("shows variants with prices and stock, and the category path", async () => {
        const seeded = SEED_PRODUCTS.find((product) => product.variants.some((variant) => variant.stock === 0))!
        const id = seed.productIdsByHandle[seeded.handle]
        const { data } = (await api.get(`/api/v1/items/${id}`)).data
        expect(data.name).toEqual(seeded.title)
        const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title)
        expect([...data.options].sort(byTitle)).toEqual([...seeded.options].sort(byTitle))
        expect(data.variants).toHaveLength(seeded.variants.length)
        for (const variant of seeded.variants) {
          const shown = data.variants.find(
            (v: { options: Record<string, string> }) => JSON.stringify(v.options) === JSON.stringify(variant.options)
          )
          expect(shown).toMatchObject({ price: variant.price, inStock: variant.stock > 0 })
        }
        expect(data.categoryPath.length).toBeGreaterThanOrEqual(3)
        expect(data.categoryPath[data.categoryPath.length - 1].categoryId).toEqual(seed.categoryIdsByHandle[seeded.category])
        expect(data.price).toEqual(seededMin(seeded.handle))
      })

      it("answers 404 for unknown and unpublished products, following product edits", async () => {
        expect((await api.get("/api/v1/items/prod_missing", noThrow)).status).toEqual(404)

        const admin = await createAdmin(getContainer(), api)
        const id = seed.productIdsByHandle[SEED_PRODUCTS[0].handle]
        await api.post(`/admin/products/${id}`, { title: "여름 린넨 원피스 (리뉴얼)" }, { headers: admin })
        const renamed = await waitFor(
          async () => (await api.get(`/api/v1/items/${id}`)).data.data.name,
          (name) => name !== SEED_PRODUCTS[0].title
        )
        expect(renamed).toEqual("여름 린넨 원피스 (리뉴얼)")

        await api.post(`/admin/products/${id}`, { status: "draft" }, { headers: admin })
        const hidden = await waitFor(
          async () => (await api.get(`/api/v1/items/${id}`, noThrow)).status,
          (status) => status === 404
        )
        expect(hidden).toEqual(404)
        expect((await list("size=100")).meta.total).toEqual(SEED_PRODUCTS.length - 1)
      })
    })

    describe("GET /api/v1/main/items", () => {
      it("has new arrivals, per-category picks, and empty sales and rating sections before any sale", async () => {
        const { data } = (await api.get("/api/v1/main/items")).data
        expect(data.newArrivals).toHaveLength(10)
        expect(data.bestSellers).toEqual([])
        expect(data.topRated).toEqual([])
        expect(data.categories.map((section: { name: string }) => section.name)).toEqual(SEED_CATEGORIES.map((c) => c.name))
        data.categories.forEach((section: { items: Card[] }) => expect(section.items.length).toBeGreaterThan(0))
        const productModule = getContainer().resolve(Modules.PRODUCT)
        const [newest] = await productModule.listProducts({}, { order: { created_at: "DESC" }, take: 1 })
        expect(data.newArrivals.map((card: Card) => card.itemId)).toContain(newest.id)
      })
    })
  },
})
