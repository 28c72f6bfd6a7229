import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosResponse } from "axios"
import portOneOnlyPayments from "../../../src/migration-scripts/20261129-portone-only-payments"
import { PORTONE_PROVIDER_ID } from "../../../src/modules/portone"
import type { PortOnePaymentData } from "../../../src/modules/portone/service"
import type { PaymentDetail } from "../../../src/api/api/v1/payment/detail"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { SYSTEM_PAYMENT_PROVIDER_ID } from "../../../src/scripts/seed/store"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { TEST_CARD, usePortOneTestServer } from "../../portone-server/harness"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(240 * 1000)

const portone = usePortOneTestServer({ timeoutMs: 5_000, slowResponseMs: 6_000 })
const noThrow = { validateStatus: () => true }

type Shopper = { id: string; email: string; headers: Record<string, string> }
type StoreCart = { id: string; total: number; payment_collection?: { id: string } | null }

/**
 * Issue #15, holes 1 and 2: a storefront that uses Medusa's store API cannot complete a cart with
 * Medusa's system provider, and nothing a client puts in a PortOne session's data can name
 * another payment, a total or a status. "Nothing charged" is read from the PortOne test server's
 * own ledger, "nothing reserved" from the reservation table.
 */
gopangIntegrationTestRunner({
  database: "seeded",
  env: { GOPANG_ADMIN_PASSWORD: "test-admin-password-1" },
  testSuite: ({ api, getContainer }) => {
    let seed: SeedSummary
    let container: MedusaContainer
    let variantId: string
    let alice: Shopper
    let mallory: Shopper

    beforeAll(async () => {
      container = getContainer()
      seed = await seedMarketplace(container)
      const { data } = await api.get(`/store/products?limit=1&region_id=${seed.regionId}&fields=id,*variants`, {
        headers: { "x-publishable-api-key": seed.publishableKey },
      })
      variantId = data.products[0].variants[0].id
      alice = await registerShopper("alice-store@gopang.test")
      mallory = await registerShopper("mallory-store@gopang.test")
    })

    async function registerShopper(email: string): Promise<Shopper> {
      const password = "고팡-test-pass-1"
      const key = { "x-publishable-api-key": seed.publishableKey }
      const registered = await api.post("/auth/customer/emailpass/register", { email, password })
      const created = await api.post(
        "/store/customers",
        { email, first_name: "길동", last_name: "홍" },
        { headers: { ...key, authorization: `Bearer ${registered.data.token}` } }
      )
      const login = await api.post("/auth/customer/emailpass", { email, password })
      return { id: created.data.customer.id, email, headers: { ...key, authorization: `Bearer ${login.data.token}` } }
    }

    /** A cart the way a js-sdk storefront builds it: lines, address, 일반배송. */
    async function cartOf(shopper: Shopper, quantity = 1): Promise<StoreCart> {
      const headers = shopper.headers
      const { data } = await api.post("/store/carts", { region_id: seed.regionId, email: shopper.email }, { headers })
      const cartId = data.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, { headers })
      await api.post(
        `/store/carts/${cartId}`,
        {
          shipping_address: {
            first_name: "길동",
            last_name: "홍",
            address_1: "서울특별시 송파구 송파대로 570",
            city: "서울특별시",
            postal_code: "05510",
            country_code: "kr",
            phone: "010-1234-5678",
          },
        },
        { headers }
      )
      const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
      const standard = options.data.shipping_options.find((o: { name: string }) => o.name === "일반배송")
      const withShipping = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, { headers })
      return withShipping.data.cart
    }

    /** js-sdk's `initiatePaymentSession`: a payment collection for the cart, then a session. */
    async function initiateSession(shopper: Shopper, cart: StoreCart, providerId: string, data: Record<string, unknown> = {}) {
      const headers = shopper.headers
      const collection = await api.post("/store/payment-collections", { cart_id: cart.id }, { headers })
      const collectionId = collection.data.payment_collection.id
      const session = await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: providerId, data }, { headers, ...noThrow })
      return { collectionId, response: session }
    }

    const complete = (shopper: Shopper, cart: StoreCart) =>
      api.post(`/store/carts/${cart.id}/complete`, {}, { headers: shopper.headers, ...noThrow })

    async function storedSession(collectionId: string) {
      const payments = container.resolve(Modules.PAYMENT)
      const sessions = await payments.listPaymentSessions({ payment_collection_id: collectionId })
      expect(sessions).toHaveLength(1)
      return sessions[0]
    }

    /** What must not move when a checkout is refused. */
    async function ledger(cartId: string) {
      const server = portone.server()
      const [, reservations] = await container.resolve(Modules.INVENTORY).listAndCountReservationItems({}, { take: 1 })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orderLinks } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return {
        reservations,
        orders: orderLinks.length,
        v1Paid: [...server.v1Payments.values()].filter((p) => p.status === "paid").map((p) => [p.imp_uid, p.cancel_amount]),
        v2Paid: [...server.v2Payments.values()].filter((p) => p.status === "PAID").map((p) => [p.id, p.amount.cancelled]),
        onetimes: server.count("POST", "/subscribe/payments/onetime"),
        cancels: server.count("POST", "/payments/cancel"),
      }
    }

    function expectRefused(response: AxiosResponse) {
      // Medusa answers a refused completion with a 4xx, or with 200 and `type: "cart"`: never an order.
      expect(response.data?.type).not.toEqual("order")
      expect(response.data?.order).toBeUndefined()
    }

    it("offers only PortOne in the seeded region; the migration script takes Medusa's system provider off old databases", async () => {
      const providers = async () => {
        const { data } = await api.get(`/store/payment-providers?region_id=${seed.regionId}`, {
          headers: { "x-publishable-api-key": seed.publishableKey },
        })
        return data.payment_providers.map((p: { id: string }) => p.id)
      }
      expect(await providers()).toEqual([PORTONE_PROVIDER_ID])

      // A database seeded before this change: the region offers pp_system_default.
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: seed.regionId }, update: { payment_providers: [SYSTEM_PAYMENT_PROVIDER_ID, PORTONE_PROVIDER_ID] } },
      })
      expect((await providers()).sort()).toEqual([PORTONE_PROVIDER_ID, SYSTEM_PAYMENT_PROVIDER_ID].sort())

      await portOneOnlyPayments({ container })
      expect(await providers()).toEqual([PORTONE_PROVIDER_ID])
      // Twice is the same as once.
      await portOneOnlyPayments({ container })
      expect(await providers()).toEqual([PORTONE_PROVIDER_ID])
      // The seed run again on a repaired database does not bring it back.
      await seedMarketplace(container)
      expect(await providers()).toEqual([PORTONE_PROVIDER_ID])
    })

    it("refuses pp_system_default: no session in the region, and no completion even where a region still offers it", async () => {
      const cart = await cartOf(alice, 2)
      const { response } = await initiateSession(alice, cart, SYSTEM_PAYMENT_PROVIDER_ID)
      expect(response.status).toEqual(400)
      expect(response.data.message).toContain(`${SYSTEM_PAYMENT_PROVIDER_ID} is not enabled`)

      // A region that still offers it (an operator put it back, or a database not yet migrated):
      // the session is created, the completion is refused before anything is reserved or authorized.
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: seed.regionId }, update: { payment_providers: [SYSTEM_PAYMENT_PROVIDER_ID, PORTONE_PROVIDER_ID] } },
      })
      try {
        const other = await cartOf(alice, 2)
        const { response: created } = await initiateSession(alice, other, SYSTEM_PAYMENT_PROVIDER_ID)
        expect(created.status).toEqual(200)
        const before = await ledger(other.id)
        const completed = await complete(alice, other)
        expectRefused(completed)
        expect(completed.status).toEqual(400)
        expect(completed.data.message).toContain("provider_id: 고팡은 포트원 결제")
        expect(await ledger(other.id)).toEqual(before)
      } finally {
        await portOneOnlyPayments({ container })
      }
    })

    it("ignores session data that names another shopper's paid payment and its total: refused, that payment untouched", async () => {
      const server = portone.server()
      // Alice pays a real purchase of hers.
      const paidCart = await cartOf(alice, 3)
      const paid = await api.post(
        "/api/v1/payment/pay",
        { cartId: paidCart.id, amount: paidCart.total, card: { ...TEST_CARD } },
        { headers: alice.headers, ...noThrow }
      )
      expect(paid.status === 200 ? 200 : paid.data).toEqual(200)
      const victim: PaymentDetail = paid.data.data
      expect(server.v1Payment(victim.impUid!)).toMatchObject({ status: "paid", amount: paidCart.total, cancel_amount: 0 })

      // Mallory's cheap cart claims Alice's payment: its merchant_uid, its total, a paid status.
      const cart = await cartOf(mallory, 1)
      expect(cart.total).toBeLessThan(paidCart.total)
      const { collectionId, response } = await initiateSession(mallory, cart, PORTONE_PROVIDER_ID, {
        merchant_uid: victim.merchantUid,
        payment_id: victim.merchantUid,
        group_total: paidCart.total,
        amount: paidCart.total,
        status: "paid",
        imp_uid: victim.impUid,
        paid_amount: paidCart.total,
      })
      expect(response.status).toEqual(200)
      const session = await storedSession(collectionId)
      const data = session.data as PortOnePaymentData & Record<string, unknown>
      // The session's data is the server's own: its own PortOne id, the cart's amount, nothing else.
      expect(data.merchant_uid).not.toEqual(victim.merchantUid)
      expect(data.merchant_uid).toMatch(/^gp[0-9A-Z]{26}$/)
      expect(data.payment_id).toEqual(data.merchant_uid)
      expect(data.amount).toEqual(cart.total)
      expect(data.group_total).toBeUndefined()
      expect(data.status).toBeUndefined()
      expect(data.imp_uid).toBeUndefined()
      expect(data.paid_amount).toBeUndefined()

      const before = await ledger(cart.id)
      const completed = await complete(mallory, cart)
      expectRefused(completed)
      expect(await ledger(cart.id)).toEqual(before)
      // Alice's payment: not used, not cancelled, not even asked to cancel.
      expect(server.v1Payment(victim.impUid!)).toMatchObject({ status: "paid", cancel_amount: 0 })
      expect(server.requests.filter((r) => r.path === "/payments/cancel" && r.body?.imp_uid === victim.impUid)).toHaveLength(0)

      // Deleting the session (the storefront starts over) voids nothing of Alice's either.
      const payments = container.resolve(Modules.PAYMENT)
      await payments.deletePaymentSession(session.id)
      expect(server.v1Payment(victim.impUid!)).toMatchObject({ status: "paid", cancel_amount: 0 })
    })

    it("refuses a cart whose seller was suspended or whose sale period ended meanwhile: nothing reserved, the browser payment cancelled", async () => {
      const server = portone.server()
      const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["product.seller.id", "product.seller_product_detail.id", "product.seller_product_detail.sell_start_date", "product.seller_product_detail.sell_end_date"],
        filters: { id: variantId },
      })
      type Detail = { id: string; sell_start_date: string | null; sell_end_date: string | null }
      const product = (data[0] as unknown as { product: { seller: { id: string }; seller_product_detail: Detail } }).product

      // Suspended after the shopper paid in the browser.
      const cart = await cartOf(mallory, 1)
      const { collectionId } = await initiateSession(mallory, cart, PORTONE_PROVIDER_ID, { flow: "v2_browser" })
      const paymentId = ((await storedSession(collectionId)).data as PortOnePaymentData).payment_id
      server.payV2InBrowser({ paymentId, totalAmount: cart.total })
      await sellers.updateSellers({ id: product.seller.id, status: "suspended" })
      try {
        const before = await ledger(cart.id)
        const completed = await complete(mallory, cart)
        expectRefused(completed)
        expect(completed.status).toEqual(400)
        expect(completed.data.message).toContain("현재 판매 중인 상품이 아닙니다")
        const after = await ledger(cart.id)
        expect({ ...after, v2Paid: undefined }).toEqual({ ...before, v2Paid: undefined })
        expect(server.v2Payment(paymentId)).toMatchObject({ status: "CANCELLED", amount: { total: cart.total, cancelled: cart.total } })
      } finally {
        await sellers.updateSellers({ id: product.seller.id, status: "active" })
      }

      // The sale period ended before the shopper paid: refused, nothing reserved, nothing charged.
      const late = await cartOf(mallory, 1)
      await initiateSession(mallory, late, PORTONE_PROVIDER_ID, { flow: "v2_browser" })
      const ended = new Date(Date.now() - 1_000)
      const start = product.seller_product_detail.sell_start_date ? new Date(product.seller_product_detail.sell_start_date) : null
      expect(start === null || start <= ended).toBe(true)
      await sellers.updateSellerProductDetails({ id: product.seller_product_detail.id, sell_end_date: ended })
      try {
        const before = await ledger(late.id)
        const lookups = server.requests.length
        const completed = await complete(mallory, late)
        expectRefused(completed)
        expect(completed.status).toEqual(400)
        expect(completed.data.message).toContain("현재 판매 중인 상품이 아닙니다")
        expect(await ledger(late.id)).toEqual(before)
        // Refused before the payment step: PortOne was asked to charge or cancel nothing.
        expect(server.requests.slice(lookups).filter((r) => r.method === "POST").map((r) => r.path)).toEqual([])
      } finally {
        await sellers.updateSellerProductDetails({
          id: product.seller_product_detail.id,
          sell_end_date: product.seller_product_detail.sell_end_date ? new Date(product.seller_product_detail.sell_end_date) : null,
        })
      }
    })

    it("a browser payment of less than the cart (pre-registration bypassed) is refused and cancelled at PortOne", async () => {
      const server = portone.server()
      const cart = await cartOf(mallory, 2)
      const { collectionId } = await initiateSession(mallory, cart, PORTONE_PROVIDER_ID, { flow: "v2_browser", amount: 1_000 })
      const data = (await storedSession(collectionId)).data as PortOnePaymentData
      expect(data).toMatchObject({ flow: "v2_browser", amount: cart.total })
      // PortOne was told the cart's amount, not the client's.
      expect(server.requests.find((r) => r.path === `/payments/${data.payment_id}/pre-register`)?.body).toMatchObject({ totalAmount: cart.total })

      const [, reservationsBefore] = await container.resolve(Modules.INVENTORY).listAndCountReservationItems({}, { take: 1 })
      server.payV2InBrowser({ paymentId: data.payment_id, totalAmount: 1_000, ignorePreRegistration: true })
      const completed = await complete(mallory, cart)
      expectRefused(completed)
      // The underpayment was ours (issued for this session), so it was cancelled in full.
      expect(server.v2Payment(data.payment_id)).toMatchObject({ status: "CANCELLED", amount: { total: 1_000, cancelled: 1_000 } })
      const [, reservationsAfter] = await container.resolve(Modules.INVENTORY).listAndCountReservationItems({}, { take: 1 })
      expect(reservationsAfter).toEqual(reservationsBefore)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
      expect(links).toHaveLength(0)
    })
  },
})
