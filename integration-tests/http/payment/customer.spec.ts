import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderPaymentCollectionWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosResponse } from "axios"
import { PORTONE_PROVIDER_ID } from "../../../src/modules/portone"
import type { PaymentDetail } from "../../../src/api/api/v1/payment/detail"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { CARD, cardNeedles, LogRecorder, scanDatabase, scanLines, TEST_CARD, usePortOneTestServer } from "../../portone-server/harness"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(240 * 1000)

const portone = usePortOneTestServer({ timeoutMs: 5_000, slowResponseMs: 6_000 })

type Shopper = { id: string; email: string; headers: Record<string, string> }
type StoreCart = { id: string; total: number; completed_at: string | null }

gopangIntegrationTestRunner({
  database: "seeded",
  env: { GOPANG_ADMIN_PASSWORD: "test-admin-password-1" },
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seed: SeedSummary
    let container: MedusaContainer
    let variantId: string
    let alice: Shopper
    let bob: Shopper
    const logs = new LogRecorder()
    const noThrow = { validateStatus: () => true }

    beforeAll(async () => {
      container = getContainer()
      logs.attach(container)
      seed = await seedMarketplace(container)
      const { data } = await api.get(`/store/products?limit=1&region_id=${seed.regionId}&fields=id,*variants`, {
        headers: { "x-publishable-api-key": seed.publishableKey },
      })
      variantId = data.products[0].variants[0].id
      alice = await registerShopper("alice@gopang.test")
      bob = await registerShopper("bob@gopang.test")
    })

    afterAll(() => logs.detach())

    afterEach(async () => {
      const needles = [...cardNeedles(TEST_CARD), ...Object.values(CARD).map((n) => new RegExp(n.replace(/-/g, "-?")))]
      expect(await scanDatabase(dbConnection, needles)).toEqual([])
      expect(scanLines(logs.lines, needles)).toEqual([])
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

    const pay = (shopper: Shopper, body: Record<string, unknown>) =>
      api.post("/api/v1/payment/pay", body, { headers: shopper.headers, ...noThrow })

    const card = (number: string = CARD.approved) => ({ ...TEST_CARD, number })

    const detail = (shopper: Shopper, orderId: string) =>
      api.get(`/api/v1/payment/detail?orderId=${orderId}`, { headers: shopper.headers, ...noThrow })

    function expectNoCardData(response: AxiosResponse) {
      expect(scanLines([JSON.stringify(response.data)], cardNeedles(TEST_CARD))).toEqual([])
    }

    it("offers PortOne in the seeded region", async () => {
      const { data } = await api.get(`/store/payment-providers?region_id=${seed.regionId}`, {
        headers: { "x-publishable-api-key": seed.publishableKey },
      })
      expect(data.payment_providers.map((p: { id: string }) => p.id)).toContain(PORTONE_PROVIDER_ID)
    })

    it("pays the caller's cart by card and places the order", async () => {
      const server = portone.server()
      const cart = await cartOf(alice, 2)
      expect(Number.isInteger(cart.total)).toBe(true)

      const response = await pay(alice, { cartId: cart.id, amount: cart.total, card: card() })
      expect(response.status).toEqual(200)
      const paid: PaymentDetail = response.data.data
      expect(paid).toMatchObject({
        status: "paid",
        orderAmount: cart.total,
        paidAmount: cart.total,
        cancelledAmount: 0,
        remainingAmount: cart.total,
        card: { masked: "532750******7890", company: "KB국민카드" },
        cancelHistory: [],
      })
      expect(paid.approvalNumber).toMatch(/^\d{8}$/)
      expect(paid.impUid).toMatch(/^imp_/)
      expectNoCardData(response)

      // PortOne charged exactly the cart total, in whole won.
      expect(server.v1Payment(paid.impUid!)).toMatchObject({ status: "paid", amount: cart.total, merchant_uid: paid.merchantUid })

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "customer_id", "total", "summary.*"],
        filters: { id: paid.orderId },
      })
      expect(orders[0].customer_id).toEqual(alice.id)
      const { data: carts } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: cart.id } })
      expect(carts[0].completed_at).toBeTruthy()

      const again = await detail(alice, paid.orderId)
      expect(again.data.data).toEqual(paid)
      // Paying a completed cart again is refused before PortOne is called.
      const onetimes = server.count("POST", "/subscribe/payments/onetime")
      expect((await pay(alice, { cartId: cart.id, amount: cart.total, card: card() })).status).toEqual(409)
      expect(server.count("POST", "/subscribe/payments/onetime")).toEqual(onetimes)
    })

    it("refuses strangers, other customers, wrong amounts and malformed cards without charging", async () => {
      const server = portone.server()
      const cart = await cartOf(alice)
      const before = server.count("POST", "/subscribe/payments/onetime")

      const anonymous = await api.post("/api/v1/payment/pay", { cartId: cart.id, amount: cart.total, card: card() }, noThrow)
      expect(anonymous.status).toEqual(401)

      const stranger = await pay(bob, { cartId: cart.id, amount: cart.total, card: card() })
      expect(stranger.status).toEqual(404)

      const cheaper = await pay(alice, { cartId: cart.id, amount: cart.total - 1000, card: card() })
      expect(cheaper.status).toEqual(400)
      expect(cheaper.data.error.message).toContain("결제 금액이 주문 금액과 다릅니다")

      const malformed = await pay(alice, {
        cartId: cart.id,
        amount: cart.total,
        card: { number: Number(TEST_CARD.number.replace(/-/g, "")), expiry: "07/2031", birth: "88-02-14", password2: 37, cvc: "49x" },
      })
      expect(malformed.status).toEqual(400)
      expect(malformed.data.error.message).toContain("card.number")
      expect(malformed.data.error.message).toContain("card.expiry: 유효기간은 YYYY-MM 형식이어야 합니다")
      expect(malformed.data.error.message).toContain("card.birth")
      expect(malformed.data.error.message).toContain("card.password2")
      expect(JSON.stringify(malformed.data)).not.toMatch(/5327501234567890|07\/2031|88-02-14|49x/)

      // A broken JSON body is refused without quoting it back.
      const broken = await api.post("/api/v1/payment/pay", `{"cartId":"${cart.id}","card":{"number":"${TEST_CARD.number}",`, {
        headers: { ...alice.headers, "content-type": "application/json" },
        // axios would otherwise re-encode an unparsable string as a JSON string literal.
        transformRequest: [(body: string) => body],
        ...noThrow,
      })
      expect(broken.status).toEqual(400)
      expect(broken.data.error.message).toEqual("요청 본문이 올바른 JSON이 아닙니다")

      const extra = await pay(alice, { cartId: cart.id, amount: cart.total, card: card(), coupon: "FREE" })
      expect(extra.status).toEqual(400)
      const both = await pay(alice, { cartId: cart.id, orderId: "order_1", amount: cart.total, card: card() })
      expect(both.status).toEqual(400)

      expect(server.count("POST", "/subscribe/payments/onetime")).toEqual(before)
    })

    it("reports a declined card, keeps the cart open, and pays on the next try", async () => {
      const cart = await cartOf(alice)
      const declined = await pay(alice, { cartId: cart.id, amount: cart.total, card: card(CARD.declined) })
      expect(declined.status).toEqual(400)
      expect(declined.data.error.message).toEqual("결제가 승인되지 않았습니다: [PG] 카드 한도초과 (거절)")

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: carts } = await query.graph({
        entity: "cart",
        fields: ["completed_at", "payment_collection.payments.id"],
        filters: { id: cart.id },
      })
      expect(carts[0].completed_at).toBeNull()
      expect(carts[0].payment_collection?.payments ?? []).toHaveLength(0)

      const retried = await pay(alice, { cartId: cart.id, amount: cart.total, card: card() })
      expect(retried.status).toEqual(200)
      expect(retried.data.data.status).toEqual("paid")
    })

    it("cancels the whole order, once, only for the owner; a partial amount is refused (partial refunds are returns)", async () => {
      const server = portone.server()
      const cart = await cartOf(alice, 3)
      const paid: PaymentDetail = (await pay(alice, { cartId: cart.id, amount: cart.total, card: card() })).data.data
      const cancel = (shopper: Shopper, body: Record<string, unknown>) =>
        api.post("/api/v1/payment/cancel", body, { headers: shopper.headers, ...noThrow })
      const cancelsAtPortOne = () => server.requests.filter((r) => r.path === "/payments/cancel" && r.body?.imp_uid === paid.impUid)
      const inventory = container.resolve(Modules.INVENTORY)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: lines } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: paid.orderId } })
      const lineIds = (lines[0] as unknown as { items: { id: string }[] }).items.map((item) => item.id)
      expect(await inventory.listReservationItems({ line_item_id: lineIds })).toHaveLength(1)

      expect((await cancel(bob, { orderId: paid.orderId })).status).toEqual(404)
      expect((await detail(bob, paid.orderId)).status).toEqual(404)
      const partial = await cancel(alice, { orderId: paid.orderId, amount: 3000 })
      expect(partial.status).toEqual(400)
      expect(partial.data.error.message).toContain("amount: 결제 취소는 주문 전체")
      expect(partial.data.error.message).toContain(`/api/v1/return/${paid.orderId}`)
      expect((await cancel(alice, { orderId: paid.orderId, amount: cart.total + 1 })).status).toEqual(400)
      expect(cancelsAtPortOne()).toHaveLength(0)

      // The whole amount (sent or left out) cancels the order: refunded in full, stock released.
      const whole = await cancel(alice, { orderId: paid.orderId, amount: cart.total })
      expect(whole.status).toEqual(200)
      expect(whole.data.data).toMatchObject({ status: "cancelled", paidAmount: cart.total, cancelledAmount: cart.total, remainingAmount: 0 })
      expect(cancelsAtPortOne().map((r) => [r.body?.amount, r.body?.checksum])).toEqual([[cart.total, cart.total]])
      expect(server.v1Payment(paid.impUid!)).toMatchObject({ status: "cancelled", cancel_amount: cart.total })
      const { data: orders } = await query.graph({ entity: "order", fields: ["status"], filters: { id: paid.orderId } })
      expect(orders[0].status).toEqual("canceled")
      expect(await inventory.listReservationItems({ line_item_id: lineIds })).toHaveLength(0)

      // Every amount of the cancelled order's payment is whole won (no BigNumber residue like 3e-21).
      const afterCancel: PaymentDetail = (await detail(alice, paid.orderId)).data.data
      const amounts = [afterCancel.orderAmount, afterCancel.paidAmount, afterCancel.cancelledAmount, afterCancel.remainingAmount]
      amounts.push(...afterCancel.cancelHistory.map((entry) => entry.amount), whole.data.data.orderAmount)
      expect(amounts.filter((amount) => !Number.isInteger(amount) || Object.is(amount, -0))).toEqual([])

      // Again: refused, and PortOne is not asked twice.
      const again = await cancel(alice, { orderId: paid.orderId })
      expect(again.status).toEqual(409)
      expect(cancelsAtPortOne()).toHaveLength(1)
    })

    it("refuses a cart whose last unit sold elsewhere before the charge: nothing charged, the cart stays open", async () => {
      const server = portone.server()
      const cart = await cartOf(alice)
      // The last unit sells elsewhere between checkout and payment.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variantId },
      })
      const inventoryItemId = variants[0].inventory_items![0]!.inventory_item_id
      const inventory = container.resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: seed.stockLocationId })
      await inventory.updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: seed.stockLocationId, stocked_quantity: 0 }])
      const onetimes = server.count("POST", "/subscribe/payments/onetime")
      const [, reservations] = await inventory.listAndCountReservationItems({}, { take: 1 })

      const response = await pay(alice, { cartId: cart.id, amount: cart.total, card: card() })
      await inventory.updateInventoryLevels([
        { inventory_item_id: inventoryItemId, location_id: seed.stockLocationId, stocked_quantity: Number(level.stocked_quantity) },
      ])
      // The order saga checks the stock before it charges (the old path charged, then refunded).
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      expect(response.data.error.message).toContain("재고")
      expect(server.count("POST", "/subscribe/payments/onetime")).toEqual(onetimes)
      const [, reservationsAfter] = await inventory.listAndCountReservationItems({}, { take: 1 })
      expect(reservationsAfter).toEqual(reservations)
      const { data: carts } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: cart.id } })
      expect(carts[0].completed_at).toBeNull()
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
      expect(links).toHaveLength(0)

      // With the stock back, the same cart pays.
      const retried = await pay(alice, { cartId: cart.id, amount: cart.total, card: card() })
      expect(retried.status).toEqual(200)
    })

    it("pays an existing unpaid order of the caller's", async () => {
      const { result: order } = await createOrderWorkflow(container).run({
        input: {
          region_id: seed.regionId,
          customer_id: alice.id,
          email: alice.email,
          currency_code: "krw",
          sales_channel_id: seed.salesChannelId,
          items: [{ variant_id: variantId, quantity: 1, title: "고팡 테스트 상품", unit_price: 12_000 }],
        },
      })
      const total = Number(order.total)
      await createOrderPaymentCollectionWorkflow(container).run({ input: { order_id: order.id, amount: total } })

      expect((await pay(bob, { orderId: order.id, amount: total, card: card() })).status).toEqual(404)
      const response = await pay(alice, { orderId: order.id, amount: total, card: card() })
      expect(response.status).toEqual(200)
      expect(response.data.data).toMatchObject({ orderId: order.id, status: "paid", paidAmount: total, remainingAmount: total })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["summary.*"], filters: { id: order.id } })
      expect(Number(data[0].summary?.paid_total ?? data[0].summary?.transaction_total)).toEqual(total)
      expect((await pay(alice, { orderId: order.id, amount: total, card: card() })).status).toEqual(409)
    })
  },
})
