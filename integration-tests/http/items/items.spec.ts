import { waitFor } from "../../helpers/wait"
import { Modules } from "@medusajs/framework/utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../../src/modules/catalog"
import { SELLER_MODULE, type SellerModuleService } from "../../../src/modules/seller"
import { refreshCatalogItemsWorkflow } from "../../../src/workflows/catalog/workflows/refresh-catalog-items"
import { unitsSoldLast30Days } from "../../../src/workflows/catalog/utils/units-sold"
import recountBestSellers from "../../../src/jobs/recount-best-sellers"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import type CatalogModuleService from "../../../src/modules/catalog/service"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { SEED_CATEGORIES, SEED_PRODUCTS, type SeedCategory } from "../../../src/scripts/seed/catalog-data"
import { createAdmin } from "../../helpers/admin"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(120 * 1000)

type Card = {
  itemId: string
  handle: string
  name: string
  price: number
  inStock: boolean
  seller: { id: string; name: string } | null
  freeShipping: boolean
  rating: { average: number; count: number }
}
const noThrow = { validateStatus: () => true }
const seededMin = (handle: string) =>
  Math.min(...SEED_PRODUCTS.find((product) => product.handle === handle)!.variants.map((variant) => variant.price))
const leaves = (category: SeedCategory): string[] =>
  category.children?.length ? category.children.flatMap(leaves) : [category.handle]


gopangIntegrationTestRunner({
  database: "seeded",
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

    describe("sellers in the catalogue", () => {
      type SellerRow = { id: string; name: string; status: string; delivery_policy: { delivery_cost: number } | null; products: { id: string }[] }
      const sellers = async (): Promise<SellerRow[]> => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "seller",
          fields: ["id", "name", "status", "delivery_policy.delivery_cost", "products.id"],
        })
        return data as unknown as SellerRow[]
      }

      it("shows each card's seller and free shipping from the seller's delivery policy", async () => {
        const bySeller = new Map<string, SellerRow>()
        for (const seller of await sellers()) {
          seller.products.forEach((product) => bySeller.set(product.id, seller))
        }
        const cards: Card[] = (await list("size=100")).data
        expect(cards).toHaveLength(SEED_PRODUCTS.length)
        for (const card of cards) {
          const seller = bySeller.get(card.itemId)!
          expect(card.seller).toEqual({ id: seller.id, name: seller.name })
          expect(card.freeShipping).toEqual(Number(seller.delivery_policy?.delivery_cost) === 0)
        }
      })

      it("drops a suspended seller's products and brings them back on reinstatement", async () => {
        const admin = await createAdmin(getContainer(), api)
        const seller = (await sellers()).find((row) => row.status === "active" && row.products.length > 0)!
        const total = SEED_PRODUCTS.length
        await api.post(`/admin/sellers/${seller.id}/suspend`, { reason: "허위 광고 신고 접수" }, { headers: admin })
        const hidden = await waitFor(
          async () => (await list("size=1")).meta.total,
          (count) => count === total - seller.products.length
        )
        expect(hidden).toEqual(total - seller.products.length)
        expect((await api.get(`/api/v1/items/${seller.products[0].id}`, noThrow)).status).toEqual(404)

        await api.post(`/admin/sellers/${seller.id}/reinstate`, {}, { headers: admin })
        const shown = await waitFor(async () => (await list("size=1")).meta.total, (count) => count === total)
        expect(shown).toEqual(total)
      })

      it("hides an item that is not on sale or outside its sale period", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const [first, second] = SEED_PRODUCTS.map((product) => seed.productIdsByHandle[product.handle])
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "seller_product_detail.id"],
          filters: { id: [first, second] },
        })
        const detailOf = (id: string) => data.find((row) => row.id === id)!.seller_product_detail!.id
        const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
        await sellerModule.updateSellerProductDetails([
          { id: detailOf(first), state: "stopped" },
          { id: detailOf(second), sell_start_date: new Date(Date.now() + 24 * 3600 * 1000) },
        ])
        await refreshCatalogItemsWorkflow(container).run({ input: { productIds: [first, second] } })

        expect((await api.get(`/api/v1/items/${first}`, noThrow)).status).toEqual(404)
        expect((await api.get(`/api/v1/items/${second}`, noThrow)).status).toEqual(404)
        expect((await list("size=1")).meta.total).toEqual(SEED_PRODUCTS.length - 2)
      })
    })

    describe("best sellers", () => {
      it("counts units of orders placed in the last 30 days, cancelled orders excluded", async () => {
        const container = getContainer()
        const productModule = container.resolve(Modules.PRODUCT)
        const [a, b, c] = SEED_PRODUCTS.slice(0, 3).map((product) => seed.productIdsByHandle[product.handle])
        const variants = await productModule.listProductVariants({ product_id: [a, b, c] }, { select: ["id", "product_id"] })
        const variantOf = (productId: string) => variants.find((variant) => variant.product_id === productId)!.id
        const order = async (lines: [string, number][]) =>
          (
            await createOrderWorkflow(container).run({
              input: {
                region_id: seed.regionId,
                sales_channel_id: seed.salesChannelId,
                email: "buyer@gopang.test",
                currency_code: "krw",
                items: lines.map(([productId, quantity]) => ({
                  title: productId,
                  product_id: productId,
                  variant_id: variantOf(productId),
                  unit_price: 10000,
                  quantity,
                })),
              },
            })
          ).result

        const first = await order([[a, 2], [b, 5]])
        await order([[a, 1]])
        const cancelled = await order([[c, 9]])
        await container.resolve(Modules.ORDER).updateOrders([{ id: cancelled.id, status: "canceled" }])

        // the order.placed subscriber counts a new order at once
        await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: first.id } })
        const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
        const counted = await waitFor(
          async () => (await catalog.listCatalogItems({ product_id: [a, b] })).map((row) => row.units_sold_30d).sort(),
          (units) => units.join() === "2,5"
        )
        expect(counted).toEqual([2, 5])

        // the nightly recount makes the window exact
        await recountBestSellers(container)
        const best: Card[] = (await list("sort=best_selling&size=2")).data
        expect(best.map((card) => card.itemId)).toEqual([b, a])
        const rows = await catalog.listCatalogItems({ product_id: [a, b, c] })
        expect(Object.fromEntries(rows.map((row) => [row.product_id, row.units_sold_30d]))).toEqual({ [a]: 3, [b]: 5, [c]: 0 })
        const home = (await api.get("/api/v1/main/items")).data.data
        expect(home.bestSellers.map((card: Card) => card.itemId)).toEqual([b, a])

        // 31 days on, these sales are outside the window
        const later = new Date(Date.now() + 31 * 24 * 3600 * 1000)
        expect(await unitsSoldLast30Days(container, [a, b], later)).toEqual({ [a]: 0, [b]: 0 })
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
        // The seed creates products in batches that share a created_at: any of the newest may lead.
        const [newest] = await productModule.listProducts({}, { order: { created_at: "DESC" }, take: 1 })
        const shown = await productModule.listProducts(
          { id: data.newArrivals.map((card: Card) => card.itemId) },
          { select: ["id", "created_at"] }
        )
        const newestAt = new Date(newest.created_at).getTime()
        expect(shown.filter((product) => new Date(product.created_at).getTime() === newestAt).length).toBeGreaterThan(0)
      })
    })
  },
})
