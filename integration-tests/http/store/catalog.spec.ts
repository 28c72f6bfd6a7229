import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE, type SellerModuleService } from "../../../src/modules/seller"
import { TERMS_MODULE, type TermsModuleService } from "../../../src/modules/terms"
import { SEED_SELLERS, seedSellerEmail } from "../../../src/scripts/seed/sellers"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { SEED_CATEGORIES, SEED_PRODUCTS, type SeedCategory } from "../../../src/scripts/seed/catalog-data"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(240 * 1000)

type StoreProduct = {
  id: string
  handle: string
  title: string
  variants: { id: string; calculated_price: { calculated_amount: number; currency_code: string } }[]
}
type StoreCategory = { id: string; handle: string; parent_category_id: string | null }

function depth(categories: SeedCategory[]): number {
  return Math.max(...categories.map((category) => 1 + (category.children ? depth(category.children) : 0)))
}

async function countRows(container: MedusaContainer) {
  const product = container.resolve(Modules.PRODUCT)
  const region = container.resolve(Modules.REGION)
  const salesChannel = container.resolve(Modules.SALES_CHANNEL)
  const stockLocation = container.resolve(Modules.STOCK_LOCATION)
  const inventory = container.resolve(Modules.INVENTORY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const apiKey = container.resolve(Modules.API_KEY)
  const tax = container.resolve(Modules.TAX)
  const pricing = container.resolve(Modules.PRICING)
  const user = container.resolve(Modules.USER)
  const seller = container.resolve<SellerModuleService>(SELLER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const all = { take: 1 }
  const count = async (list: Promise<[unknown[], number]>) => (await list)[1]
  return {
    products: await count(product.listAndCountProducts({}, all)),
    variants: await count(product.listAndCountProductVariants({}, all)),
    categories: await count(product.listAndCountProductCategories({}, all)),
    regions: await count(region.listAndCountRegions({}, all)),
    salesChannels: await count(salesChannel.listAndCountSalesChannels({}, all)),
    stockLocations: await count(stockLocation.listAndCountStockLocations({}, all)),
    inventoryItems: await count(inventory.listAndCountInventoryItems({}, all)),
    inventoryLevels: await count(inventory.listAndCountInventoryLevels({}, all)),
    shippingOptions: await count(fulfillment.listAndCountShippingOptions({}, all)),
    apiKeys: await count(apiKey.listAndCountApiKeys({}, all)),
    taxRates: await count(tax.listAndCountTaxRates({}, all)),
    prices: await count(pricing.listAndCountPrices({}, all)),
    users: await count(user.listAndCountUsers({}, all)),
    sellers: await count(seller.listAndCountSellers({}, all)),
    sellerDeliveryPolicies: await count(seller.listAndCountSellerDeliveryPolicies({}, all)),
    sellerReturnPolicies: await count(seller.listAndCountSellerReturnPolicies({}, all)),
    sellerProductDetails: await count(seller.listAndCountSellerProductDetails({}, all)),
    sellerConsents: await count(
      container.resolve<TermsModuleService>(TERMS_MODULE).listAndCountTermConsents({ actor_type: "seller" }, all)
    ),
    sellerProductLinks: (await query.graph({ entity: "seller", fields: ["products.id"] })).data.reduce(
      (total, row) => total + (row.products ?? []).length,
      0
    ),
  }
}

gopangIntegrationTestRunner({
  database: "seeded",
  env: { GOPANG_ADMIN_PASSWORD: "test-admin-password-1", GOPANG_SELLER_PASSWORD: "test-seller-password-1" },
  testSuite: ({ api, getContainer }) => {
    let seed: SeedSummary
    let headers: Record<string, string>

    beforeAll(async () => {
      seed = await seedMarketplace(getContainer())
      headers = { "x-publishable-api-key": seed.publishableKey }
    })

    it("answers the health check", async () => {
      const response = await api.get("/health")
      expect(response.status).toEqual(200)
    })

    it("serves every seeded product through the store API with KRW prices", async () => {
      const response = await api.get(
        `/store/products?limit=100&region_id=${seed.regionId}&fields=id,handle,title,*variants.calculated_price`,
        { headers }
      )
      expect(response.status).toEqual(200)
      expect(response.data.count).toEqual(SEED_PRODUCTS.length)
      expect(SEED_PRODUCTS.length).toBeGreaterThanOrEqual(40)

      const byHandle = new Map<string, StoreProduct>(
        response.data.products.map((product: StoreProduct) => [product.handle, product])
      )
      for (const seeded of SEED_PRODUCTS) {
        const product = byHandle.get(seeded.handle)
        expect(product?.title).toEqual(seeded.title)
        const amounts = product!.variants.map((variant) => variant.calculated_price.calculated_amount).sort()
        expect(amounts).toEqual(seeded.variants.map((variant) => variant.price).sort())
        product!.variants.forEach((variant) => {
          expect(variant.calculated_price.currency_code).toEqual("krw")
          expect(Number.isInteger(variant.calculated_price.calculated_amount)).toBe(true)
        })
      }
    })

    it("refuses the store API without the publishable key", async () => {
      const response = await api.get("/store/products", { validateStatus: () => true })
      expect(response.status).toEqual(400)
    })

    it("serves the category tree at least three levels deep", async () => {
      const response = await api.get("/store/product-categories?limit=500&fields=id,handle,parent_category_id", {
        headers,
      })
      expect(response.status).toEqual(200)
      const categories: StoreCategory[] = response.data.product_categories
      const byId = new Map(categories.map((category) => [category.id, category]))
      const levels = (category: StoreCategory): number =>
        category.parent_category_id ? 1 + levels(byId.get(category.parent_category_id)!) : 1

      expect(Math.max(...categories.map(levels))).toEqual(depth(SEED_CATEGORIES))
      expect(depth(SEED_CATEGORIES)).toBeGreaterThanOrEqual(3)

      const dress = categories.find((category) => category.handle === seedLeafHandle("원피스"))!
      expect(levels(dress)).toEqual(3)
    })

    it("prices include 10% VAT and fresh food is tax free", async () => {
      const taxable = SEED_PRODUCTS.find((product) => !product.tax_free)!
      const exempt = SEED_PRODUCTS.find((product) => product.tax_free)!
      const fields = "fields=handle,*variants.calculated_price"
      const read = async (handle: string) =>
        (await api.get(`/store/products?handle=${handle}&region_id=${seed.regionId}&${fields}`, { headers })).data
          .products[0] as StoreProduct & {
          variants: { calculated_price: { is_calculated_price_tax_inclusive: boolean } }[]
        }

      const taxed = await read(taxable.handle)
      expect(taxed.variants[0].calculated_price.is_calculated_price_tax_inclusive).toBe(true)

      const exemptProduct = await getContainer()
        .resolve(Modules.PRODUCT)
        .listProducts({ handle: exempt.handle }, { relations: ["type"] })
      expect(exemptProduct[0].type?.value).toEqual("면세상품")
    })

    it("is idempotent: a second run adds nothing", async () => {
      const container = getContainer()
      const before = await countRows(container)
      const again = await seedMarketplace(container)
      const after = await countRows(container)

      expect(after).toEqual(before)
      expect(again.publishableKey).toEqual(seed.publishableKey)
      expect(again.regionId).toEqual(seed.regionId)
      expect(before.products).toEqual(SEED_PRODUCTS.length)
      expect(before.users).toEqual(1)
      expect(before.apiKeys).toEqual(1)
      expect(before.salesChannels).toEqual(1)
      expect(before.sellers).toEqual(SEED_SELLERS.length)
      expect(before.sellerDeliveryPolicies).toEqual(SEED_SELLERS.length)
      expect(before.sellerReturnPolicies).toEqual(SEED_SELLERS.length)
      expect(before.sellerProductLinks).toEqual(SEED_PRODUCTS.length)
      expect(before.sellerProductDetails).toEqual(SEED_PRODUCTS.length)
    })

    it("seeds sellers in every status, each seeded product owned by its seller", async () => {
      const sellerModule = getContainer().resolve<SellerModuleService>(SELLER_MODULE)
      const sellers = await sellerModule.listSellers({}, { relations: ["delivery_policy", "return_policy"] })
      const statuses = sellers.map((seller) => seller.status)
      expect(statuses.filter((status) => status === "active").length).toBeGreaterThanOrEqual(5)
      expect(statuses).toContain("pending")
      expect(statuses).toContain("suspended")
      sellers.forEach((seller) => {
        expect(seller.delivery_policy).toBeTruthy()
        expect(seller.return_policy).toBeTruthy()
      })
      const consents = await getContainer()
        .resolve<TermsModuleService>(TERMS_MODULE)
        .listTermConsents({ actor_type: "seller", term_code: "SELLER", agreed: true })
      expect(new Set(consents.map((consent) => consent.actor_id)).size).toEqual(SEED_SELLERS.length)

      const login = await api.post("/api/v1/seller/login", {
        email: seedSellerEmail("gopang-fashion"),
        password: "test-seller-password-1",
      })
      expect(login.status).toEqual(200)
      const items = await api.get("/api/v1/seller/items?size=100", {
        headers: { authorization: `Bearer ${login.data.data.token}` },
      })
      expect(items.data.meta.total).toEqual(SEED_PRODUCTS.filter((product) => product.seller === "gopang-fashion").length)
      expect(items.data.data[0].purchasable).toEqual({ purchasable: true })
    })

    it("lets the seeded admin log in", async () => {
      const response = await api.post("/auth/user/emailpass", {
        email: "admin@gopang.local",
        password: "test-admin-password-1",
      })
      expect(response.status).toEqual(200)
      const me = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${response.data.token}` } })
      expect(me.data.user.email).toEqual("admin@gopang.local")
    })
  },
})

function seedLeafHandle(name: string): string {
  const find = (categories: SeedCategory[]): string | undefined => {
    for (const category of categories) {
      if (category.name === name && !category.children?.length) {
        return category.handle
      }
      const found = category.children && find(category.children)
      if (found) {
        return found
      }
    }
    return undefined
  }
  return find(SEED_CATEGORIES)!
}
