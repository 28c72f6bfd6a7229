import Medusa from "@medusajs/js-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../src/modules/order-group"
import { PORTONE_PROVIDER_ID } from "../../../src/modules/portone"
import type { PortOnePaymentData } from "../../../src/modules/portone/service"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { seedSellerEmail } from "../../../src/scripts/seed/sellers"
import parcelDeliveryFees from "../../../src/migration-scripts/20261130-parcel-delivery-fees"
import { DELIVERY_PROVIDER_ID } from "../../../src/modules/delivery"
import { usePortOneTestServer, waitFor } from "../../portone-server/harness"
import { gopangIntegrationTestRunner } from "../../helpers/runner"
import { bearer, joinAndLogin } from "../user/helpers"
import { expectedPurchase, pickOnePerSeller, type PurchaseLine, type SellerPick } from "../order/fixtures"

jest.setTimeout(300 * 1000)

const SELLER_PASSWORD = "seller-test-password-1"
const portone = usePortOneTestServer({ timeoutMs: 5_000, slowResponseMs: 6_000 })
const noThrow = { validateStatus: () => true }
/** The `:provider` of PortOne's webhook URL. */
const WEBHOOK_PROVIDER = PORTONE_PROVIDER_ID.replace(/^pp_/, "")

const SEOUL = {
  first_name: "고팡",
  last_name: "김",
  phone: "010-1234-5678",
  postal_code: "05510",
  address_1: "서울특별시 송파구 송파대로 570",
  city: "서울특별시",
  country_code: "kr",
}
const JEJU = { ...SEOUL, postal_code: "63100", address_1: "제주특별자치도 제주시 첨단로 242", city: "제주시" }

type Shopper = { id: string; token: string; sdk: Medusa }

/**
 * Issue #15: the store API is a first-class marketplace checkout. A storefront built the way
 * Medusa users build one (js-sdk, publishable key) gets what `/api/v1/order` gives: one order per
 * seller under one purchase, each seller's delivery fee as the calculated 일반배송 option, the
 * PortOne V2 payment of the cart's session verified on the server, and the orders exactly once
 * when PortOne's "paid" webhook races `/complete`.
 */
gopangIntegrationTestRunner({
  database: "seeded",
  env: { GOPANG_SELLER_PASSWORD: SELLER_PASSWORD },
  testSuite: ({ api, getContainer }) => {
    let http: AxiosInstance
    let container: MedusaContainer
    let seed: SeedSummary
    let picks: SellerPick[]

    beforeAll(async () => {
      http = api as AxiosInstance
      container = getContainer()
      process.env.GOPANG_SELLER_PASSWORD = SELLER_PASSWORD
      seed = await seedMarketplace(container)
      picks = await pickOnePerSeller(container, seed, 3)
    })

    /** A member (joined through /api/v1, with the terms) using js-sdk with their token. */
    async function shopper(email: string): Promise<Shopper> {
      const joined = await joinAndLogin(http, email)
      const sdk = new Medusa({
        baseUrl: http.defaults.baseURL!,
        publishableKey: seed.publishableKey,
        auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
        globalHeaders: { authorization: `Bearer ${joined.token}` },
      })
      return { id: joined.id, token: joined.token, sdk }
    }

    /** js-sdk: cart, lines, address, 일반배송, a PortOne V2 session. */
    async function checkout(who: Shopper, lines: PurchaseLine[], address = SEOUL) {
      const { cart } = await who.sdk.store.cart.create({ region_id: seed.regionId })
      for (const line of lines) {
        await who.sdk.store.cart.createLineItem(cart.id, { variant_id: line.variantId, quantity: line.amount })
      }
      await who.sdk.store.cart.update(cart.id, { shipping_address: address })
      const { shipping_options } = await who.sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
      const listed = shipping_options.find((option) => option.name === "일반배송")!
      // A calculated option is priced for the cart on request, as Medusa's storefronts do.
      const { shipping_option: parcel } = await who.sdk.store.fulfillment.calculate(listed.id, { cart_id: cart.id })
      await who.sdk.store.cart.addShippingMethod(cart.id, { option_id: parcel.id })
      const { cart: priced } = await who.sdk.store.cart.retrieve(cart.id)
      const { payment_collection } = await who.sdk.store.payment.initiatePaymentSession(priced, {
        provider_id: PORTONE_PROVIDER_ID,
        data: { flow: "v2_browser" },
      })
      const data = payment_collection.payment_sessions![0].data as unknown as PortOnePaymentData
      return { cart: priced, parcel, paymentId: data.payment_id, sessionAmount: data.amount }
    }

    const complete = (who: Shopper, cartId: string) =>
      http.post(`/store/carts/${cartId}/complete`, {}, { headers: { "x-publishable-api-key": seed.publishableKey, ...bearer(who.token).headers }, ...noThrow })

    async function sellerToken(sellerKey: string): Promise<string> {
      const login = await http.post("/api/v1/seller/login", { email: seedSellerEmail(sellerKey), password: SELLER_PASSWORD }, noThrow)
      expect(login.status).toEqual(200)
      return login.data.data.token
    }

    async function groupsPaidWith(paymentId: string) {
      return await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).listOrderGroups({ merchant_uid: paymentId })
    }

    async function ordersOfGroup(groupId: string) {
      const deliveries = await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).listOrderDeliveries({ group_id: groupId })
      return deliveries.map((delivery) => delivery.order_id)
    }

    async function reservationCount(): Promise<number> {
      const [, count] = await container.resolve(Modules.INVENTORY).listAndCountReservationItems({}, { take: 1 })
      return count
    }

    it("a three-seller js-sdk checkout: each seller's fee as the shipping option, one V2 payment, one order per seller", async () => {
      const server = portone.server()
      const alice = await shopper("store-checkout@gopang.test")
      const lines = picks.map((pick, index) => ({ variantId: pick.variantId, amount: index + 1 }))
      const expected = await expectedPurchase(container, seed.regionId, lines)
      const { cart, parcel, paymentId, sessionAmount } = await checkout(alice, lines)

      // The store API shows what the saga charges: the option's price is the sum of the sellers' fees.
      expect(parcel.provider_id).toEqual(DELIVERY_PROVIDER_ID)
      expect(parcel.amount).toEqual(expected.deliveryTotal)
      expect(cart.shipping_total).toEqual(expected.deliveryTotal)
      expect(cart.total).toEqual(expected.total)
      expect(sessionAmount).toEqual(expected.total)
      // The server pre-registered the session's id with PortOne at the cart's total.
      expect(server.requests.find((r) => r.path === `/payments/${paymentId}/pre-register`)?.body).toMatchObject({ totalAmount: expected.total })

      // The browser pays (PortOne's SDK, played by the test server), then the storefront completes.
      server.payV2InBrowser({ paymentId, totalAmount: expected.total })
      const completed = await alice.sdk.store.cart.complete(cart.id)
      expect(completed.type).toEqual("order")
      const order = (completed as { type: "order"; order: { id: string; total: number; metadata: Record<string, unknown> | null } }).order
      const groupId = order.metadata?.order_group_id as string
      expect(typeof groupId).toEqual("string")

      // One purchase, three seller orders, one PortOne payment of the exact total.
      const [group] = await groupsPaidWith(paymentId)
      expect(group).toMatchObject({ id: groupId, status: "placed", payment_flow: "v2_browser" })
      expect(Number(group.total)).toEqual(expected.total)
      const orderIds = await ordersOfGroup(groupId)
      expect(orderIds).toHaveLength(3)
      expect(orderIds).toContain(order.id)
      expect(server.v2Payment(paymentId)).toMatchObject({ status: "PAID", amount: { total: expected.total, cancelled: 0 } })
      expect([...server.v2Payments.values()].filter((p) => p.status === "PAID" && p.id === paymentId)).toHaveLength(1)

      // Each seller order carries that seller's lines and fee, and the shares add up to the payment.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "total", "shipping_total", "metadata", "payment_collections.amount"],
        filters: { id: orderIds },
      })
      type OrderRow = { id: string; total: number; shipping_total: number; metadata: { seller_id: string } }
      for (const seller of expected.sellers) {
        const row = (orders as unknown as OrderRow[]).find((o) => o.metadata.seller_id === seller.sellerId)!
        expect(Number(row.shipping_total)).toEqual(seller.deliveryFee)
        expect(Number(row.total)).toEqual(seller.itemsTotal + seller.deliveryFee)
      }
      expect((orders as unknown as OrderRow[]).reduce((sum, o) => sum + Number(o.total), 0)).toEqual(expected.total)

      // The store cart is completed and answers the same order again, charging nothing more.
      const again = await complete(alice, cart.id)
      expect(again.status).toEqual(200)
      expect(again.data).toMatchObject({ type: "order", order: { id: order.id } })
      expect(await groupsPaidWith(paymentId)).toHaveLength(1)

      // The purchase is where shoppers and sellers look for it.
      for (const orderId of orderIds) {
        expect((await http.get(`/api/v1/history/${orderId}`, bearer(alice.token))).status).toEqual(200)
      }
      const { orders: mine } = await alice.sdk.store.order.list({ fields: "id,metadata" })
      expect(mine.filter((o) => o.metadata?.order_group_id === groupId).map((o) => o.id).sort()).toEqual([...orderIds].sort())
      const seller0 = await sellerToken(picks[0].sellerKey)
      const sellerOrders = (await http.get("/api/v1/seller/orders", bearer(seller0))).data.data as { orderId: string }[]
      const own = (orders as unknown as OrderRow[]).find((o) => o.metadata.seller_id === picks[0].sellerId)!.id
      expect(sellerOrders.map((o) => o.orderId)).toEqual([own])
    })

    it("prices 일반배송 to an island postal code with each seller's surcharge", async () => {
      const bob = await shopper("store-jeju@gopang.test")
      const lines = picks.slice(0, 2).map((pick) => ({ variantId: pick.variantId, amount: 1 }))
      const expected = await expectedPurchase(container, seed.regionId, lines, true)
      const seoul = await expectedPurchase(container, seed.regionId, lines, false)
      expect(expected.deliveryTotal).toBeGreaterThan(seoul.deliveryTotal)
      const { cart, parcel } = await checkout(bob, lines, JEJU)
      expect(parcel.amount).toEqual(expected.deliveryTotal)
      expect(cart.shipping_total).toEqual(expected.deliveryTotal)
      expect(cart.total).toEqual(expected.total)
    })

    it("refuses strangers: no sign-in 401, another shopper's cart 404, nothing reserved or charged", async () => {
      const server = portone.server()
      const carol = await shopper("store-owner@gopang.test")
      const mallory = await shopper("store-mallory@gopang.test")
      const lines = [{ variantId: picks[0].variantId, amount: 1 }]
      const { cart, paymentId } = await checkout(carol, lines)
      server.payV2InBrowser({ paymentId, totalAmount: cart.total })
      const reserved = await reservationCount()

      const anonymous = await http.post(`/store/carts/${cart.id}/complete`, {}, { headers: { "x-publishable-api-key": seed.publishableKey }, ...noThrow })
      expect(anonymous.status).toEqual(401)
      const stranger = await complete(mallory, cart.id)
      expect(stranger.status).toEqual(404)
      expect(await reservationCount()).toEqual(reserved)
      expect(await groupsPaidWith(paymentId)).toHaveLength(0)
      // Carol's payment is untouched: still hers to complete.
      expect(server.v2Payment(paymentId)).toMatchObject({ status: "PAID", amount: { cancelled: 0 } })
      expect((await complete(carol, cart.id)).data.type).toEqual("order")
    })

    it("refuses a cart without 일반배송 or with a keyed session, naming the field, before PortOne is asked", async () => {
      const dave = await shopper("store-fields@gopang.test")
      const { cart } = await dave.sdk.store.cart.create({ region_id: seed.regionId })
      await dave.sdk.store.cart.createLineItem(cart.id, { variant_id: picks[0].variantId, quantity: 1 })
      await dave.sdk.store.cart.update(cart.id, { shipping_address: SEOUL })
      const { cart: unshipped } = await dave.sdk.store.cart.retrieve(cart.id)
      await dave.sdk.store.payment.initiatePaymentSession(unshipped, { provider_id: PORTONE_PROVIDER_ID, data: { flow: "v2_browser" } })
      let requests = portone.server().requests.length
      const noShipping = await complete(dave, cart.id)
      expect(noShipping.status).toEqual(400)
      expect(noShipping.data.message).toContain("shipping_methods")
      expect(portone.server().requests.slice(requests)).toEqual([])

      const keyed = await checkout(dave, [{ variantId: picks[0].variantId, amount: 1 }])
      await dave.sdk.store.payment.initiatePaymentSession(keyed.cart, { provider_id: PORTONE_PROVIDER_ID, data: { flow: "keyed" } })
      requests = portone.server().requests.length
      const refused = await complete(dave, keyed.cart.id)
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toContain("payment_session.data.flow")
      // Refused before anything: PortOne was not asked.
      expect(portone.server().requests.slice(requests)).toEqual([])
    })

    it("a PortOne 'paid' webhook racing /complete yields the orders exactly once", async () => {
      const server = portone.server()
      const erin = await shopper("store-race@gopang.test")
      const lines = picks.slice(0, 2).map((pick) => ({ variantId: pick.variantId, amount: 1 }))
      const { cart, paymentId } = await checkout(erin, lines)
      server.payV2InBrowser({ paymentId, totalAmount: cart.total })
      const body = server.v2WebhookBody("Transaction.Paid", paymentId)
      const hook = () => http.post(`/hooks/payment/${WEBHOOK_PROVIDER}`, body, { headers: { ...server.signWebhook(body), "content-type": "application/json" }, ...noThrow })

      // The webhook (delayed 50 ms by the app) and the storefront's completion at once.
      const [webhook, completed] = await Promise.all([hook(), complete(erin, cart.id)])
      expect(webhook.status).toEqual(200)
      expect(completed.status).toEqual(200)
      expect(completed.data.type).toEqual("order")
      // Give the webhook's completion time to run (it waits for the cart's lock, then finds it done).
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      const groups = await groupsPaidWith(paymentId)
      expect(groups).toHaveLength(1)
      expect(await ordersOfGroup(groups[0].id)).toHaveLength(2)
      expect(server.v2Payment(paymentId)).toMatchObject({ status: "PAID", amount: { cancelled: 0 } })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
      expect(links.map((l) => l.order_id)).toEqual([completed.data.order.id])
    })

    it("a shopper who paid and closed the browser still gets the orders: the webhook completes the cart through the saga", async () => {
      const server = portone.server()
      const fay = await shopper("store-webhook@gopang.test")
      const lines = picks.slice(1, 3).map((pick) => ({ variantId: pick.variantId, amount: 1 }))
      const expected = await expectedPurchase(container, seed.regionId, lines)
      const { cart, paymentId } = await checkout(fay, lines)
      server.payV2InBrowser({ paymentId, totalAmount: cart.total })
      const body = server.v2WebhookBody("Transaction.Paid", paymentId)
      const response = await http.post(`/hooks/payment/${WEBHOOK_PROVIDER}`, body, { headers: { ...server.signWebhook(body), "content-type": "application/json" } })
      expect(response.status).toEqual(200)

      const [group] = await waitFor(async () => {
        const groups = await groupsPaidWith(paymentId)
        return groups.length && groups[0].status === "placed" ? groups : undefined
      })
      expect(Number(group.total)).toEqual(expected.total)
      expect(await ordersOfGroup(group.id)).toHaveLength(2)
      // The storefront coming back later gets the webhook's order.
      const completed = await complete(fay, cart.id)
      expect(completed.data.type).toEqual("order")
      expect(completed.data.order.metadata.order_group_id).toEqual(group.id)
    })

    it("the migration script turns an old flat 일반배송 into 고팡 택배, once", async () => {
      const fulfillment = container.resolve(Modules.FULFILLMENT)
      const [parcel] = await fulfillment.listShippingOptions({ name: "일반배송" }, { relations: ["type", "rules"] })
      expect(parcel).toMatchObject({ price_type: "calculated", provider_id: DELIVERY_PROVIDER_ID })
      // A database seeded before: the same option, flat 3,000 won by Medusa's manual provider.
      const { createShippingOptionsWorkflow, deleteShippingOptionsWorkflow } = await import("@medusajs/medusa/core-flows")
      await deleteShippingOptionsWorkflow(container).run({ input: { ids: [parcel.id] } })
      await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name: "일반배송",
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: parcel.service_zone_id,
            shipping_profile_id: parcel.shipping_profile_id,
            type: { label: "일반배송", description: "주문 후 1~3일 이내 도착", code: "standard" },
            prices: [{ currency_code: "krw", amount: 3000 }],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
        ],
      })
      // …and its stock location never allowed 고팡 택배.
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      const providerLink = { [Modules.STOCK_LOCATION]: { stock_location_id: seed.stockLocationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: DELIVERY_PROVIDER_ID } }
      await link.dismiss(providerLink)
      const allowed = async () =>
        (
          await container.resolve(ContainerRegistrationKeys.QUERY).graph({
            entity: "location_fulfillment_provider",
            fields: ["fulfillment_provider_id"],
            filters: { stock_location_id: seed.stockLocationId, fulfillment_provider_id: DELIVERY_PROVIDER_ID },
          })
        ).data.length
      expect(await allowed()).toEqual(0)
      await parcelDeliveryFees({ container })
      await parcelDeliveryFees({ container })
      expect(await allowed()).toEqual(1)
      const options = await fulfillment.listShippingOptions({ name: "일반배송" })
      expect(options.map((o) => [o.price_type, o.provider_id])).toEqual([["calculated", DELIVERY_PROVIDER_ID]])
    })
  },
})
