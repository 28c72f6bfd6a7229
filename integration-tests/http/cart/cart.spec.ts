import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { SaleState, SELLER_MODULE, type SellerModuleService } from "../../../src/modules/seller"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { SEED_PRODUCTS, type SeedProduct, type SeedVariant } from "../../../src/scripts/seed/catalog-data"
import { SEED_SELLERS } from "../../../src/scripts/seed/sellers"
import { closeGuestCartStepId } from "../../../src/workflows/cart/steps/close-guest-cart"
import { mergeGuestCartWorkflow } from "../../../src/workflows/cart/workflows/merge-guest-cart"
import { bearer, joinAndLogin } from "../user/helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(180 * 1000)

type CartItem = { itemId: string; variantId: string; productId: string; unitPrice: number; quantity: number; subtotal: number }
type CartGroup = {
  seller: { id: string; name: string } | null
  items: CartItem[]
  subtotal: number
  deliveryFee: number
  islandSurcharge: number
  freeDeliveryThreshold: number | null
}
type Cart = {
  cartId: string
  cartToken?: string
  delivery: { zipCode: string | null; isIsland: boolean }
  groups: CartGroup[]
  totals: { itemsTotal: number; deliveryTotal: number; total: number }
}
type Pick = { product: SeedProduct; variant: SeedVariant; productId: string; variantId: string }

const policyOf = (key: string) => SEED_SELLERS.find((seller) => seller.key === key)!

gopangIntegrationTestRunner({
  database: "seeded",
  testSuite: ({ api, getContainer }) => {
    let seed: SeedSummary
    let http: AxiosInstance

    beforeAll(async () => {
      seed = await seedMarketplace(getContainer())
      http = api as AxiosInstance
    })

    /** A seeded variant of the given seller matching `accept`, with its product and variant ids. */
    async function pick(
      sellerKey: string,
      accept: (product: SeedProduct, variant: SeedVariant) => boolean = (_p, v) => v.stock > 0
    ): Promise<Pick> {
      for (const product of SEED_PRODUCTS.filter((p) => p.seller === sellerKey)) {
        const variant = product.variants.find((v) => accept(product, v))
        if (!variant) {
          continue
        }
        const productId = seed.productIdsByHandle[product.handle]
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product_variant",
          fields: ["id", "options.value", "options.option.title"],
          filters: { product_id: productId },
        })
        type Row = { id: string; options: { value: string; option: { title: string } | null }[] | null }
        const match = (data as unknown as Row[]).find((row) =>
          Object.entries(variant.options).every(([title, value]) =>
            (row.options ?? []).some((o) => o?.option?.title === title && o.value === value)
          )
        )
        return { product, variant, productId, variantId: match!.id }
      }
      throw new Error(`no seeded variant for ${sellerKey}`)
    }

    const getCart = async (token?: string, headers: Record<string, string> = {}) =>
      await http.get("/api/v1/cart", bearer(token, headers))
    const add = async (token: string | undefined, variantId: string, quantity: number, headers: Record<string, string> = {}) =>
      await http.post("/api/v1/cart/items", { variantId, quantity }, bearer(token, headers))
    const detailIdOf = async (productId: string): Promise<string> => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["seller_product_detail.id"], filters: { id: productId } })
      return (data[0] as unknown as { seller_product_detail: { id: string } }).seller_product_detail.id
    }

    describe("member cart", () => {
      it("groups a three-seller cart by seller with each seller's delivery fee, then frees the one that reaches its threshold", async () => {
        const { token } = await joinAndLogin(http, "cart-groups@gopang.test")
        const fashion = await pick("gopang-fashion", (_p, v) => v.stock >= 5 && v.price < 30000)
        const beauty = await pick("beauty-lab", (_p, v) => v.stock >= 5 && v.price < 20000)
        const digital = await pick("digital-plaza")

        const empty = await getCart(token)
        expect(empty.status).toEqual(200)
        expect(empty.data.data.groups).toEqual([])
        expect(empty.data.data.totals).toEqual({ itemsTotal: 0, deliveryTotal: 0, total: 0 })
        expect(empty.data.data.cartToken).toBeUndefined()

        for (const chosen of [fashion, beauty, digital]) {
          expect((await add(token, chosen.variantId, 1)).status).toEqual(201)
        }
        const cart: Cart = (await getCart(token)).data.data
        expect(cart.cartId).toEqual(empty.data.data.cartId)
        expect(cart.groups.map((group) => group.seller?.name)).toEqual(["고팡패션", "뷰티랩", "디지털플라자"])
        // Below every threshold: each seller charges its flat fee (디지털플라자 always ships free).
        expect(cart.groups.map((group) => [group.subtotal, group.deliveryFee, group.freeDeliveryThreshold])).toEqual([
          [fashion.variant.price, 3000, 30000],
          [beauty.variant.price, 2500, 20000],
          [digital.variant.price, 0, null],
        ])
        expect(policyOf("gopang-fashion").delivery_cost).toEqual(3000)
        const itemsTotal = fashion.variant.price + beauty.variant.price + digital.variant.price
        expect(cart.totals).toEqual({ itemsTotal, deliveryTotal: 5500, total: itemsTotal + 5500 })

        // Enough units of the beauty item to reach its 20,000 threshold.
        const beautyUnits = Math.ceil(20000 / beauty.variant.price)
        const beautyLine = cart.groups[1].items[0]
        const raised = await http.put(`/api/v1/cart/items/${beautyLine.itemId}`, { quantity: beautyUnits }, bearer(token))
        expect(raised.status).toEqual(200)
        const after: Cart = raised.data.data
        const beautySubtotal = beauty.variant.price * beautyUnits
        expect(beautySubtotal).toBeGreaterThanOrEqual(20000)
        expect(after.groups.map((group) => [group.subtotal, group.deliveryFee])).toEqual([
          [fashion.variant.price, 3000],
          [beautySubtotal, 0],
          [digital.variant.price, 0],
        ])
        const total = fashion.variant.price + beautySubtotal + digital.variant.price
        expect(after.totals).toEqual({ itemsTotal: total, deliveryTotal: 3000, total: total + 3000 })

        // Adding the same variant again adds to its line.
        const again: Cart = (await add(token, fashion.variantId, 1)).data.data
        expect(again.groups[0].items).toHaveLength(1)
        expect(again.groups[0].items[0].quantity).toEqual(2)
        expect(again.groups[0].deliveryFee).toEqual(fashion.variant.price * 2 >= 30000 ? 0 : 3000)

        // Remove one line, then everything.
        const removed = await http.delete(`/api/v1/cart/items/${again.groups[2].items[0].itemId}`, bearer(token))
        expect(removed.status).toEqual(200)
        expect(removed.data.data.groups.map((group: CartGroup) => group.seller?.name)).toEqual(["고팡패션", "뷰티랩"])
        const cleared = await http.delete("/api/v1/cart/items", bearer(token))
        expect(cleared.status).toEqual(200)
        expect(cleared.data.data.groups).toEqual([])
        expect(cleared.data.data.totals.total).toEqual(0)
      })
    })

    describe("delivery postal code", () => {
      it("adds each seller's island surcharge for ?zipCode= or the member's default address, free parcels included", async () => {
        const fashion = await pick("gopang-fashion", (_p, v) => v.stock >= 5 && v.price < 30000)
        const digital = await pick("digital-plaza")
        const extra = 3000 // seeded jeju_mountain_extra_cost of both sellers (not fresh food)

        // A member living in Seoul: no surcharge until a Jeju postal code is asked for.
        const seoul = await joinAndLogin(http, "cart-seoul@gopang.test")
        expect((await add(seoul.token, fashion.variantId, 1)).status).toEqual(201)
        expect((await add(seoul.token, digital.variantId, 1)).status).toEqual(201)
        const home: Cart = (await getCart(seoul.token)).data.data
        expect(home.delivery).toEqual({ zipCode: "06236", isIsland: false })
        expect(home.groups.map((group) => [group.deliveryFee, group.islandSurcharge])).toEqual([
          [3000, 0],
          [0, 0],
        ])
        const itemsTotal = fashion.variant.price + digital.variant.price
        expect(home.totals).toEqual({ itemsTotal, deliveryTotal: 3000, total: itemsTotal + 3000 })

        const jeju = await http.get("/api/v1/cart?zipCode=63100", bearer(seoul.token))
        expect(jeju.status).toEqual(200)
        const island: Cart = jeju.data.data
        expect(island.delivery).toEqual({ zipCode: "63100", isIsland: true })
        // 디지털플라자 ships free, and still charges the island surcharge (as the order saga does).
        expect(island.groups.map((group) => [group.deliveryFee, group.islandSurcharge])).toEqual([
          [3000 + extra, extra],
          [extra, extra],
        ])
        expect(island.totals).toEqual({ itemsTotal, deliveryTotal: 3000 + 2 * extra, total: itemsTotal + 3000 + 2 * extra })
        // The write routes answer for the same postal code.
        const raised = await http.put(
          `/api/v1/cart/items/${island.groups[1].items[0].itemId}?zipCode=63100`,
          { quantity: 1 },
          bearer(seoul.token)
        )
        expect(raised.data.data.totals).toEqual(island.totals)

        // A member whose default address is on Jeju sees the surcharge without asking.
        const islander = await joinAndLogin(http, "cart-jeju@gopang.test", { user_zipcode: "63100" })
        expect((await add(islander.token, fashion.variantId, 1)).status).toEqual(201)
        const own: Cart = (await getCart(islander.token)).data.data
        expect(own.delivery).toEqual({ zipCode: "63100", isIsland: true })
        expect(own.groups[0]).toMatchObject({ deliveryFee: 3000 + extra, islandSurcharge: extra })

        const bad = await http.get("/api/v1/cart?zipCode=6310", { ...bearer(seoul.token), validateStatus: () => true })
        expect(bad.status).toEqual(400)
        expect(bad.data.error.fields).toEqual(["zipCode"])
        expect(bad.data.error.message).toContain("우편번호")
      })
    })

    describe("refusals", () => {
      it("refuses more than the stock (409), including a sold-out variant", async () => {
        const { token } = await joinAndLogin(http, "cart-stock@gopang.test")
        const fashion = await pick("gopang-fashion", (_p, v) => v.stock > 0 && v.stock < 999)
        const over = await add(token, fashion.variantId, fashion.variant.stock + 1)
        expect(over.status).toEqual(409)
        expect(over.data.error.message).toContain("재고가 부족합니다")
        expect((await add(token, fashion.variantId, fashion.variant.stock)).status).toEqual(201)
        expect((await add(token, fashion.variantId, 1)).status).toEqual(409)
        const line = (await getCart(token)).data.data.groups[0].items[0]
        expect(line.quantity).toEqual(fashion.variant.stock)
        expect((await http.put(`/api/v1/cart/items/${line.itemId}`, { quantity: fashion.variant.stock + 1 }, bearer(token))).status).toEqual(409)

        const soldOutSeller = SEED_PRODUCTS.find((p) => p.variants.some((v) => v.stock === 0))!.seller
        const soldOut = await pick(soldOutSeller, (_p, v) => v.stock === 0)
        const refused = await add(token, soldOut.variantId, 1)
        expect(refused.status).toEqual(409)
        expect(refused.data.error.message).toContain("구매 가능 수량: 0개")
      })

      it("refuses beyond the per-person maximum (400), counted over what the cart holds", async () => {
        const { token } = await joinAndLogin(http, "cart-max@gopang.test")
        const food = await pick("nongbu-market", (p, v) => p.category.startsWith("food") && v.stock > 10)
        const once = await add(token, food.variantId, 11)
        expect(once.status).toEqual(400)
        expect(once.data.error.message).toContain("1인당 최대 10개")
        expect((await add(token, food.variantId, 6)).status).toEqual(201)
        expect((await add(token, food.variantId, 5)).status).toEqual(400)
        expect((await add(token, food.variantId, 4)).status).toEqual(201)
        const line = (await getCart(token)).data.data.groups[0].items[0]
        expect(line.quantity).toEqual(10)
      })

      it("refuses a product that is not on sale (400)", async () => {
        const { token } = await joinAndLogin(http, "cart-stopped@gopang.test")
        const kids = await pick("kids-toy")
        const sellers = getContainer().resolve<SellerModuleService>(SELLER_MODULE)
        await sellers.updateSellerProductDetails({ id: await detailIdOf(kids.productId), state: SaleState.STOPPED })
        const refused = await add(token, kids.variantId, 1)
        expect(refused.status).toEqual(400)
        expect(refused.data.error.message).toContain("판매 중인 상품이 아닙니다")
        expect((await getCart(token)).data.data.groups).toEqual([])
      })

      it("refuses a minor-restricted product to a customer marked as a minor (400), not to an adult", async () => {
        const minor = await joinAndLogin(http, "cart-minor@gopang.test")
        const adult = await joinAndLogin(http, "cart-adult@gopang.test")
        await getContainer().resolve(Modules.CUSTOMER).updateCustomers(minor.id, { metadata: { is_minor: true } })
        const living = await pick("living-house")
        const sellers = getContainer().resolve<SellerModuleService>(SELLER_MODULE)
        await sellers.updateSellerProductDetails({ id: await detailIdOf(living.productId), minor_purchasable: false })

        const refused = await add(minor.token, living.variantId, 1)
        expect(refused.status).toEqual(400)
        expect(refused.data.error.message).toContain("미성년자")
        expect((await add(adult.token, living.variantId, 1)).status).toEqual(201)
      })

      it("validates the body: quantity an integer 1..999, a variant, no unknown keys", async () => {
        const { token } = await joinAndLogin(http, "cart-body@gopang.test")
        const fashion = await pick("gopang-fashion")
        for (const body of [
          { variantId: fashion.variantId, quantity: 0 },
          { variantId: fashion.variantId, quantity: 1000 },
          { variantId: fashion.variantId, quantity: 1.5 },
          { variantId: fashion.variantId },
          { quantity: 1 },
          { variantId: fashion.variantId, quantity: 1, price: 1 },
        ]) {
          const response = await http.post("/api/v1/cart/items", body, bearer(token))
          expect(response.status).toEqual(400)
          expect(response.data.success).toEqual(false)
        }
        expect((await add(token, "variant_unknown", 1)).status).toEqual(404)
      })

      it("answers 404 for another customer's cart item and a forged guest cart token", async () => {
        const a = await joinAndLogin(http, "cart-owner@gopang.test")
        const b = await joinAndLogin(http, "cart-other@gopang.test")
        const fashion = await pick("gopang-fashion")
        const owned: Cart = (await add(a.token, fashion.variantId, 1)).data.data
        const itemId = owned.groups[0].items[0].itemId

        const put = await http.put(`/api/v1/cart/items/${itemId}`, { quantity: 2 }, bearer(b.token))
        expect(put.status).toEqual(404)
        expect(put.data.error.message).toEqual("장바구니 상품을 찾을 수 없습니다.")
        expect((await http.delete(`/api/v1/cart/items/${itemId}`, bearer(b.token))).status).toEqual(404)
        expect((await http.put(`/api/v1/cart/items/${itemId}`, { quantity: 2 }, bearer())).status).toEqual(404)
        await http.delete("/api/v1/cart/items", bearer(b.token))

        const kept: Cart = (await getCart(a.token)).data.data
        expect(kept.groups[0].items).toEqual([expect.objectContaining({ itemId, quantity: 1 })])

        // A guest naming a member's cart, or a guest cart without its secret.
        const guest = await getCart()
        const guestToken: string = guest.data.data.cartToken
        expect((await getCart(undefined, { "x-cart-token": `${owned.cartId}.x` })).status).toEqual(404)
        expect((await getCart(undefined, { "x-cart-token": guest.data.data.cartId })).status).toEqual(404)
        expect((await getCart(undefined, { "x-cart-token": `${guest.data.data.cartId}.wrong` })).status).toEqual(404)
        expect((await getCart(undefined, { "x-cart-token": guestToken })).status).toEqual(200)
        // A bearer token that is not a customer's is refused, not served a guest cart.
        const invalid = await getCart("not-a-valid-token")
        expect(invalid.status).toEqual(401)
        expect(invalid.data.error.code).toEqual("unauthorized")
      })
    })

    describe("guest cart", () => {
      it("gives a guest a cart token (header or cookie), then merges the guest cart on login, capped by stock and the per-person maximum", async () => {
        const fashion = await pick("gopang-fashion", (_p, v) => v.stock > 1 && v.stock < 999)
        const food = await pick("nongbu-market", (p, v) => p.category.startsWith("food") && v.stock > 10)
        const beauty = await pick("beauty-lab")

        const first = await getCart()
        expect(first.status).toEqual(200)
        const token: string = first.data.data.cartToken
        expect(token).toMatch(/^cart_[A-Z0-9]+\.[A-Za-z0-9_-]{32}$/)
        expect(first.headers["x-cart-token"]).toEqual(token)
        expect(String(first.headers["set-cookie"])).toContain(`gopang_cart_token=${encodeURIComponent(token)}`)

        const viaHeader = { "x-cart-token": token }
        const viaCookie = { cookie: `gopang_cart_token=${encodeURIComponent(token)}` }
        expect((await add(undefined, fashion.variantId, fashion.variant.stock, viaHeader)).status).toEqual(201)
        expect((await add(undefined, food.variantId, 8, viaCookie)).status).toEqual(201)
        expect((await add(undefined, beauty.variantId, 1, viaHeader)).status).toEqual(201)
        const guestCart: Cart = (await getCart(undefined, viaCookie)).data.data
        expect(guestCart.cartId).toEqual(first.data.data.cartId)
        expect(guestCart.groups.flatMap((group) => group.items)).toHaveLength(3)

        const member = await joinAndLogin(http, "cart-merge@gopang.test")
        expect((await add(member.token, fashion.variantId, 1)).status).toEqual(201)
        expect((await add(member.token, food.variantId, 5)).status).toEqual(201)

        const merged = await getCart(member.token, viaHeader)
        expect(merged.status).toEqual(200)
        expect(merged.data.data.cartToken).toBeUndefined()
        expect(String(merged.headers["set-cookie"])).toContain("gopang_cart_token=; Path=/api/v1/cart; Max-Age=0")
        const quantities = (cart: Cart) =>
          Object.fromEntries(cart.groups.flatMap((group) => group.items).map((item) => [item.variantId, item.quantity]))
        // 1 + stock → stock; 5 + 8 → the maximum of 10; the beauty line comes over as is.
        expect(quantities(merged.data.data)).toEqual({
          [fashion.variantId]: fashion.variant.stock,
          [food.variantId]: 10,
          [beauty.variantId]: 1,
        })
        expect(merged.data.data.groups.map((group: CartGroup) => group.seller?.name)).toEqual(["고팡패션", "농부마켓", "뷰티랩"])

        // The guest token is spent: alone it is refused, next to the login it changes nothing.
        expect((await getCart(undefined, viaHeader)).status).toEqual(404)
        const again = await getCart(member.token, viaHeader)
        expect(again.status).toEqual(200)
        expect(quantities(again.data.data)).toEqual(quantities(merged.data.data))
        const guestLines = await getContainer().resolve(Modules.CART).listLineItems({ cart_id: guestCart.cartId })
        expect(guestLines).toEqual([])
      })

      it("puts both carts back when the merge fails after retiring the guest cart", async () => {
        const fashion = await pick("gopang-fashion", (_p, v) => v.stock > 3)
        const beauty = await pick("beauty-lab", (_p, v) => v.stock > 3)
        const guest = await getCart()
        const token: string = guest.data.data.cartToken
        await add(undefined, fashion.variantId, 2, { "x-cart-token": token })
        await add(undefined, beauty.variantId, 1, { "x-cart-token": token })
        const member = await joinAndLogin(http, "cart-merge-rollback@gopang.test")
        const memberCart: Cart = (await add(member.token, fashion.variantId, 1)).data.data

        const workflow = mergeGuestCartWorkflow(getContainer())
        workflow.appendAction("throw", closeGuestCartStepId, {
          invoke: async () => {
            throw new Error("injected failure after closing the guest cart")
          },
        })
        const { errors } = await workflow.run({
          input: { guest_cart_id: guest.data.data.cartId, member_cart_id: memberCart.cartId, is_minor: false },
          throwOnError: false,
        })
        expect(errors[0]?.error?.message).toContain("injected failure")

        const lines = async (cartId: string) =>
          Object.fromEntries(
            (await getContainer().resolve(Modules.CART).listLineItems({ cart_id: cartId })).map((line) => [
              line.variant_id,
              Number(line.quantity),
            ])
          )
        expect(await lines(memberCart.cartId)).toEqual({ [fashion.variantId]: 1 })
        expect(await lines(guest.data.data.cartId)).toEqual({ [fashion.variantId]: 2, [beauty.variantId]: 1 })
        // The guest token still works, so the next login merges for real.
        expect((await getCart(undefined, { "x-cart-token": token })).status).toEqual(200)
      })
    })
  },
})
