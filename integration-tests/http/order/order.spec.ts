import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { AxiosInstance, AxiosResponse } from "axios"
import { DeliveryState, ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../src/modules/order-group"
import { depositCard } from "../../../src/modules/portone/lib/card"
import type { OrderView } from "../../../src/api/api/v1/order/order-view"
import type { PlacedOrder } from "../../../src/api/api/v1/order/route"
import type { Receipt } from "../../../src/api/api/v1/history/receipt"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { SELLER_MODULE, type SellerModuleService } from "../../../src/modules/seller"
import { seedSellerEmail } from "../../../src/scripts/seed/sellers"
import { loadCartVariantFacts } from "../../../src/workflows/cart/utils/cart-rules"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import marketplaceShippingProfileScript from "../../../src/migration-scripts/20261129-01-marketplace-shipping-profile"
import asciiItemHandlesScript from "../../../src/migration-scripts/20261129-02-ascii-item-handles"
import { MARKETPLACE_SHIPPING_PROFILE_NAME } from "../../../src/workflows/shipping/utils/marketplace-shipping-profile"
import {
  authorizeOrderPaymentStepId,
  createSellerOrdersStepId,
  emitOrderPlacedStepId,
  placeOrderWorkflow,
  reserveOrderStockStepId,
  validateOrderRequestStepId,
} from "../../../src/workflows/order"
import { CARD, TEST_CARD, usePortOneTestServer, waitFor } from "../../portone-server/harness"
import { bearer, joinAndLogin } from "../user/helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"
import { expectedPurchase, pickOnePerSeller, type PurchaseLine, type SellerPick } from "./fixtures"

jest.setTimeout(300 * 1000)

const SELLER_PASSWORD = "seller-test-password-1"
const portone = usePortOneTestServer({ timeoutMs: 5_000, slowResponseMs: 6_000 })
const noThrow = { validateStatus: () => true }

type Pick = SellerPick
type Json = Record<string, unknown>

const SEOUL = { name: "김고팡", phone: "010-1234-5678", zipCode: "05510", address: "서울특별시 송파구 송파대로 570", message: "문 앞에 놓아 주세요" }
const JEJU = { name: "김고팡", phone: "01012345678", zipCode: "63100", address: "제주특별자치도 제주시 첨단로 242" }
const card = { method: "card", card: { number: TEST_CARD.number, expiry: TEST_CARD.expiry, birth: TEST_CARD.birth, password2: TEST_CARD.password2 } }

gopangIntegrationTestRunner({
  database: "seeded",
  env: { GOPANG_SELLER_PASSWORD: SELLER_PASSWORD },
  testSuite: ({ api, getContainer, dbConnection }) => {
    let http: AxiosInstance
    let container: MedusaContainer
    let seed: SeedSummary
    let picks: Pick[]

    beforeAll(async () => {
      http = api as AxiosInstance
      container = getContainer()
      process.env.GOPANG_SELLER_PASSWORD = SELLER_PASSWORD
      seed = await seedMarketplace(container)
      picks = await pickOnePerSeller(container, seed, 3)
    })

    async function shopper(email: string): Promise<string> {
      return (await joinAndLogin(http, email)).token
    }

    async function sellerToken(sellerKey: string): Promise<string> {
      const login = await http.post("/api/v1/seller/login", { email: seedSellerEmail(sellerKey), password: SELLER_PASSWORD }, noThrow)
      expect(login.status).toEqual(200)
      return login.data.data.token
    }

    async function quote(token: string, lines: { variantId: string; amount: number }[], receiver: Json = SEOUL): Promise<number> {
      // Ask with a wrong amount: the 400 names the expected amount and its breakdown per seller,
      // which must be the total computed independently, the way the shop shows it.
      const wrong = await order(token, lines, { amount: 1, receiver, key: `quote-${Math.random()}` })
      expect(wrong.status).toEqual(400)
      expect(wrong.data.error.message).toContain("결제 금액")
      const total = await expectedTotal(lines, receiver)
      const details = wrong.data.error.details as {
        expectedAmount: number
        requestedAmount: number
        breakdown: { sellerId: string; itemsTotal: number; deliveryFee: number; islandSurcharge: number; total: number }[]
      }
      expect(details).toMatchObject({ expectedAmount: total, requestedAmount: 1 })
      expect(wrong.data.error.message).toContain(`${total.toLocaleString("ko-KR")}원`)
      expect(details.breakdown.reduce((sum, seller) => sum + seller.total, 0)).toEqual(total)
      for (const seller of details.breakdown) {
        expect(seller.total).toEqual(seller.itemsTotal + seller.deliveryFee)
        expect(seller.islandSurcharge).toEqual(receiver.zipCode === JEJU.zipCode ? expect.any(Number) : 0)
      }
      return total
    }

    async function expectedTotal(lines: PurchaseLine[], receiver: Json): Promise<number> {
      return (await expectedPurchase(container, seed.regionId, lines, receiver.zipCode === JEJU.zipCode)).total
    }

    async function order(
      token: string,
      lines: { variantId: string; amount: number }[],
      options: { amount: number; receiver?: Json; key?: string; payment?: Json }
    ): Promise<AxiosResponse> {
      return await http.post(
        "/api/v1/order",
        { items: lines, receiver: options.receiver ?? SEOUL, amount: options.amount, payment: options.payment ?? card },
        { ...bearer(token, { "idempotency-key": options.key ?? `key-${Date.now()}-${Math.random()}` }), ...noThrow }
      )
    }

    async function available(variantId: string): Promise<number> {
      const facts = await loadCartVariantFacts(container, [variantId])
      return facts.get(variantId)!.available
    }

    async function counts() {
      const groups = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      const [, orders] = await container.resolve(Modules.ORDER).listAndCountOrders({}, { take: 1 })
      const [, reservations] = await container.resolve(Modules.INVENTORY).listAndCountReservationItems({}, { take: 1 })
      const [, orderGroups] = await groups.listAndCountOrderGroups({}, { take: 1 })
      const [, deliveries] = await groups.listAndCountOrderDeliveries({}, { take: 1 })
      const paid = [...portone.server().v1Payments.values()].filter((p) => p.status === "paid").length
      return { orders, reservations, orderGroups, deliveries, paid }
    }

    it("places a three-seller order: three seller orders, one charge, stock reserved, events, receipt with VAT", async () => {
      const token = await shopper("three-sellers@gopang.test")
      const lines = picks.map((pick, i) => ({ variantId: pick.variantId, amount: i + 1 }))
      const before = await Promise.all(picks.map((p) => available(p.variantId)))
      const total = await quote(token, lines, JEJU)
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const placed: string[] = []
      eventBus.subscribe("order.placed", async (event) => {
        placed.push((event.data as { id: string }).id)
      })

      const response = await order(token, lines, { amount: total, receiver: JEJU })
      expect(response.status).toEqual(201)
      const body = response.data.data as PlacedOrder
      expect(body.total).toEqual(total)
      expect(body.orders).toHaveLength(3)
      expect(new Set(body.orders.map((o) => o.seller.id))).toEqual(new Set(picks.map((p) => p.sellerId)))
      expect(body.orders.reduce((sum, o) => sum + o.total, 0)).toEqual(total)
      for (const view of body.orders) {
        expect(view.state).toEqual(DeliveryState.PAYMENT_COMPLETED)
        expect(view.stateLabel).toEqual("결제완료")
        expect(view.receiver).toMatchObject({ zipCode: "63100", phone: "01012345678" })
        expect(view.total).toEqual(view.itemsTotal + view.deliveryFee)
      }
      // Jeju: each seller's island surcharge is in its delivery fee.
      expect(body.orders.some((o) => o.islandSurcharge > 0)).toBe(true)

      // One PortOne charge of the whole total.
      const charges = [...portone.server().v1Payments.values()].filter((p) => p.status === "paid")
      expect(charges).toHaveLength(1)
      expect(charges[0].amount).toEqual(total)

      const after = await Promise.all(picks.map((p) => available(p.variantId)))
      expect(after).toEqual(before.map((b, i) => b - (i + 1)))
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(new Set(placed)).toEqual(new Set(body.orders.map((o) => o.orderId)))

      // Medusa sees each order paid and linked to its seller.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "total", "seller.id", "payment_collections.payments.captures.amount"],
        filters: { id: body.orders.map((o) => o.orderId) },
      })
      type Row = { id: string; total: number; seller: { id: string }; payment_collections: { payments: { captures: { amount: number }[] }[] }[] }
      for (const row of data as unknown as Row[]) {
        const view = body.orders.find((o) => o.orderId === row.id)!
        const captured = row.payment_collections.flatMap((pc) => pc.payments).flatMap((p) => p.captures).reduce((s, c) => s + Number(c.amount), 0)
        expect(captured).toEqual(view.total)
        expect(Number(row.total)).toEqual(view.total)
        expect(row.seller.id).toEqual(view.seller.id)
      }

      // Receipt: VAT is 10/110 of the taxable goods plus the delivery fee, tax-free goods apart.
      for (const view of body.orders) {
        const receipt = (await http.get(`/api/v1/history/${view.orderId}/receipt`, bearer(token))).data.data as Receipt
        const taxable = view.items.filter((i) => !i.taxFree).reduce((s, i) => s + i.subtotal, 0) + view.deliveryFee
        expect(receipt.total).toEqual(view.total)
        expect(receipt.taxable.amount).toEqual(taxable)
        expect(receipt.taxable.vat).toEqual(Math.round((taxable * 10) / 110))
        expect(receipt.taxable.supplyValue + receipt.taxable.vat + receipt.taxFreeAmount).toEqual(view.total)
        expect(receipt.payment).toMatchObject({ paidAmount: view.total, purchaseTotal: total, card: { masked: expect.stringMatching(/\*/) } })
        expect(receipt.payment!.approvalNumber).toBeTruthy()
        expect(JSON.stringify(receipt)).not.toContain(TEST_CARD.number.replace(/-/g, ""))
      }

      // Each seller is told in the order's chat room.
      await waitFor(async () => {
        const rows = await dbConnection.raw(`SELECT body FROM chat_message WHERE sender_type = 'system' AND body LIKE '새 주문이 접수되었습니다%'`)
        return rows.rows.length === 3 ? rows.rows : undefined
      })

      // Each seller sees its own order only.
      const seller0 = await sellerToken(picks[0].sellerKey)
      const list = await http.get("/api/v1/seller/orders", bearer(seller0))
      expect(list.data.data.map((o: OrderView) => o.orderId)).toEqual([body.orders.find((o) => o.seller.id === picks[0].sellerId)!.orderId])
    })

    it("a declined card leaves no order, no reservation and no charge", async () => {
      const token = await shopper("declined@gopang.test")
      const lines = [{ variantId: picks[0].variantId, amount: 2 }]
      const total = await expectedTotal(lines, SEOUL)
      const before = await counts()
      const stock = await available(picks[0].variantId)
      const response = await order(token, lines, { amount: total, payment: { method: "card", card: { ...card.card, number: CARD.declined } } })
      expect(response.status).toEqual(400)
      expect(response.data.error.message).toContain("결제가 승인되지 않았습니다")
      expect(await counts()).toEqual(before)
      expect(await available(picks[0].variantId)).toEqual(stock)
    })

    it("a failure after any step puts stock, payment and orders back", async () => {
      const customerId = (await joinAndLogin(http, "faults@gopang.test")).id
      const lines = [{ variant_id: picks[0].variantId, quantity: 1 }, { variant_id: picks[1].variantId, quantity: 1 }]
      const total = await expectedTotal(lines.map((l) => ({ variantId: l.variant_id, amount: l.quantity })), SEOUL)
      const before = await counts()
      const stock = await Promise.all(picks.slice(0, 2).map((p) => available(p.variantId)))
      for (const stepId of [validateOrderRequestStepId, reserveOrderStockStepId, authorizeOrderPaymentStepId, createSellerOrdersStepId, emitOrderPlacedStepId]) {
        const workflow = placeOrderWorkflow(container)
        workflow.appendAction(`throw-after-${stepId}`, stepId, {
          invoke: async () => {
            throw new Error(`injected failure after ${stepId}`)
          },
        })
        const { errors } = await workflow.run({
          input: {
            customer_id: customerId,
            idempotency_key: `fault-${stepId}`,
            request_hash: "x",
            lines,
            receiver: { name: "김고팡", phone: "01012345678", zip_code: "05510", address: "서울특별시 송파구 송파대로 570" },
            payment: { flow: "keyed", merchant_uid: `ogfault${stepId.replace(/[^a-z]/g, "")}`.slice(0, 32), card_token: depositCard({ ...card.card }), amount: total },
          },
          throwOnError: false,
        })
        expect(errors.map((e: { error: Error }) => e.error.message)).toContain(`injected failure after ${stepId}`)
        expect(await counts()).toEqual(before)
        expect(await Promise.all(picks.slice(0, 2).map((p) => available(p.variantId)))).toEqual(stock)
      }
      // The charges made before the failures were voided at PortOne.
      const charged = [...portone.server().v1Payments.values()].filter((p) => p.merchant_uid.startsWith("ogfault"))
      expect(charged.length).toBeGreaterThan(0)
      expect(charged.every((p) => p.status === "cancelled")).toBe(true)
    })

    it("30 concurrent orders for the last 10 units: 10 orders, 10 charges, 20 clear refusals", async () => {
      const pick = picks[2]
      const inventory = container.resolve(Modules.INVENTORY)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: pick.variantId } })
      const inventoryItemId = (data[0] as unknown as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0].inventory_item_id
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
      await inventory.updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: level.location_id, stocked_quantity: 10 }])
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(await available(pick.variantId)).toEqual(10)

      const tokens = await Promise.all([0, 1, 2].map((i) => shopper(`rush-${i}@gopang.test`)))
      const lines = [{ variantId: pick.variantId, amount: 1 }]
      const total = await expectedTotal(lines, SEOUL)
      const paidBefore = (await counts()).paid
      const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => order(tokens[i % 3], lines, { amount: total })))
      const statuses = responses.map((r) => r.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(10)
      expect(statuses.filter((s) => s === 409)).toHaveLength(20)
      for (const refused of responses.filter((r) => r.status === 409)) {
        expect(refused.data.error.message).toMatch(/재고/)
      }
      expect((await counts()).paid - paidBefore).toEqual(10)
      expect(await available(pick.variantId)).toEqual(0)
    })

    it("one Idempotency-Key sent 10 times, one after another and all at once, makes one order and one charge", async () => {
      const token = await shopper("idem@gopang.test")
      const lines = [{ variantId: picks[1].variantId, amount: 1 }]
      const total = await expectedTotal(lines, SEOUL)
      const before = await counts()
      const sequential: AxiosResponse[] = []
      for (let i = 0; i < 10; i++) {
        sequential.push(await order(token, lines, { amount: total, key: "same-key-1" }))
      }
      expect(sequential[0].status).toEqual(201)
      expect(sequential.slice(1).every((r) => r.status === 200)).toBe(true)
      expect(new Set(sequential.map((r) => r.data.data.groupId)).size).toEqual(1)

      const concurrent = await Promise.all(Array.from({ length: 10 }, () => order(token, lines, { amount: total, key: "same-key-2" })))
      expect(concurrent.every((r) => r.status === 201 || r.status === 200)).toBe(true)
      expect(new Set(concurrent.map((r) => r.data.data.groupId)).size).toEqual(1)

      const after = await counts()
      expect(after.orders - before.orders).toEqual(2)
      expect(after.paid - before.paid).toEqual(2)

      // The same key with another body is refused.
      const other = await order(token, [{ variantId: picks[1].variantId, amount: 2 }], { amount: total, key: "same-key-1" })
      expect(other.status).toEqual(409)
    })

    it("cancels before shipping with partial refunds and the right checksum; after shipping answers 409; sellers cancel too", async () => {
      const token = await shopper("cancel@gopang.test")
      const lines = picks.map((pick) => ({ variantId: pick.variantId, amount: 1 }))
      const total = await expectedTotal(lines, SEOUL)
      const placed = (await order(token, lines, { amount: total })).data.data as PlacedOrder
      const [a, b, c] = picks.map((pick) => placed.orders.find((o) => o.seller.id === pick.sellerId)!)
      const stock = await available(picks[0].variantId)

      // The customer cancels seller A's order: PortOne gets a partial cancel with the full balance as checksum.
      const cancelA = await http.delete(`/api/v1/order/${a.orderId}`, { ...bearer(token), ...noThrow })
      expect(cancelA.status).toEqual(200)
      expect(cancelA.data.data).toMatchObject({ state: DeliveryState.CANCELLED, stateLabel: "주문취소", refundedAmount: a.total })
      const cancels = () => portone.server().requests.filter((r) => r.path === "/payments/cancel" && r.status === 200)
      expect(cancels().at(-1)!.body).toMatchObject({ amount: a.total, checksum: total })
      expect(await available(picks[0].variantId)).toEqual(stock + 1)

      // Seller B cancels (out of stock): the next partial cancel carries the balance left.
      const sellerB = await sellerToken(picks[1].sellerKey)
      const noReason = await http.post(`/api/v1/seller/orders/${b.orderId}/cancel`, {}, { ...bearer(sellerB), ...noThrow })
      expect(noReason.status).toEqual(400)
      const cancelB = await http.post(`/api/v1/seller/orders/${b.orderId}/cancel`, { reason: "재고 소진" }, { ...bearer(sellerB), ...noThrow })
      expect(cancelB.status).toEqual(200)
      expect(cancelB.data.data).toMatchObject({ state: DeliveryState.SELLER_CANCELLED, stateLabel: "판매자취소", refundedAmount: b.total })
      expect(cancels().at(-1)!.body).toMatchObject({ amount: b.total, checksum: total - a.total })
      const charge = [...portone.server().v1Payments.values()].find((p) => p.merchant_uid === cancels().at(-1)!.body!.merchant_uid || p.amount === total && p.cancel_amount === a.total + b.total)
      expect(charge?.cancel_amount).toEqual(a.total + b.total)

      // Seller C ships: the customer can no longer cancel, and is pointed to returns.
      const sellerC = await sellerToken(picks[2].sellerKey)
      for (const action of ["accept", "ready"]) {
        expect((await http.post(`/api/v1/seller/orders/${c.orderId}/${action}`, {}, { ...bearer(sellerC), ...noThrow })).status).toEqual(200)
      }
      const shipped = await http.post(
        `/api/v1/seller/orders/${c.orderId}/ship`,
        { courier: "CJ대한통운", trackingNumber: "6543210987" },
        { ...bearer(sellerC), ...noThrow }
      )
      expect(shipped.status).toEqual(200)
      expect(shipped.data.data).toMatchObject({ state: DeliveryState.SHIPPING, courier: "CJ대한통운", trackingNumber: "6543210987" })
      const late = await http.delete(`/api/v1/order/${c.orderId}`, { ...bearer(token), ...noThrow })
      expect(late.status).toEqual(409)
      expect(late.data.error.message).toContain(`/api/v1/return/${c.orderId}`)

      const receipt = (await http.get(`/api/v1/history/${a.orderId}/receipt`, bearer(token))).data.data as Receipt
      expect(receipt).toMatchObject({ refundedAmount: a.total, netPaid: 0 })
      expect(receipt.cancellations).toEqual([expect.objectContaining({ amount: a.total })])
    })

    it("POST /api/v1/payment/cancel cancels whole seller orders in 결제완료, 상품준비중, 배송준비중 (refund once, restock, seller told); 409 from 배송중 on", async () => {
      const token = await shopper("payment-cancel@gopang.test")
      const lines = picks.map((pick) => ({ variantId: pick.variantId, amount: 1 }))
      const total = await expectedTotal(lines, SEOUL)
      const placed = (await order(token, lines, { amount: total })).data.data as PlacedOrder
      const [a, b, c] = picks.map((pick) => placed.orders.find((o) => o.seller.id === pick.sellerId)!)
      const sellers = await Promise.all(picks.map((pick) => sellerToken(pick.sellerKey)))
      const act = async (sellerIndex: number, orderId: string, action: string, body: Json = {}) =>
        expect((await http.post(`/api/v1/seller/orders/${orderId}/${action}`, body, { ...bearer(sellers[sellerIndex]), ...noThrow })).status).toEqual(200)
      await act(1, b.orderId, "accept") // 상품준비중
      await act(2, c.orderId, "accept")
      await act(2, c.orderId, "ready") // 배송준비중
      const cancel = (orderId: string, amount?: number) =>
        http.post("/api/v1/payment/cancel", { orderId, ...(amount === undefined ? {} : { amount }) }, { ...bearer(token), ...noThrow })
      const cancels = () => portone.server().requests.filter((r) => r.path === "/payments/cancel" && r.status === 200)
      const cancelledBefore = cancels().length
      const stock = await Promise.all(picks.map((p) => available(p.variantId)))
      const groups = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      const stateOf = async (orderId: string) => (await groups.listOrderDeliveries({ order_id: orderId }))[0].state

      // Strangers: 404. A partial amount: 400, naming the field and pointing to returns; PortOne not asked.
      const stranger = await shopper("payment-cancel-stranger@gopang.test")
      expect((await http.post("/api/v1/payment/cancel", { orderId: a.orderId }, { ...bearer(stranger), ...noThrow })).status).toEqual(404)
      const partial = await cancel(a.orderId, a.total - 1000)
      expect(partial.status).toEqual(400)
      expect(partial.data.error.message).toContain("amount:")
      expect(partial.data.error.message).toContain(`/api/v1/return/${a.orderId}`)
      expect(cancels()).toHaveLength(cancelledBefore)

      // Each state before shipping: the order is cancelled the way DELETE /api/v1/order/{id} does it.
      let balance = total
      for (const [index, view] of [a, b, c].entries()) {
        const response = await cancel(view.orderId, index === 0 ? view.total : undefined)
        expect(response.status).toEqual(200)
        expect(response.data.data).toMatchObject({ orderId: view.orderId, status: "cancelled", paidAmount: view.total, remainingAmount: 0 })
        expect(await stateOf(view.orderId)).toEqual(DeliveryState.CANCELLED)
        expect(cancels().at(-1)!.body).toMatchObject({ amount: view.total, checksum: balance })
        balance -= view.total
      }
      expect(cancels()).toHaveLength(cancelledBefore + 3)
      expect(await Promise.all(picks.map((p) => available(p.variantId)))).toEqual(stock.map((s) => s + 1))
      const charge = [...portone.server().v1Payments.values()].find((p) => p.imp_uid === cancels().at(-1)!.body!.imp_uid)!
      expect(charge).toMatchObject({ status: "cancelled", amount: total, cancel_amount: total })
      const group = await groups.retrieveOrderGroup(placed.groupId)
      expect(Number(group.cancelled_amount)).toEqual(total)
      const { data: medusaOrders } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "status"], filters: { id: [a.orderId, b.orderId, c.orderId] } })
      expect(medusaOrders.map((o) => o.status)).toEqual(["canceled", "canceled", "canceled"])
      // Each seller is told in the order's chat room.
      await waitFor(async () => {
        const rows = await dbConnection.raw(
          `SELECT r.subject_id FROM chat_message m JOIN chat_room r ON r.id = m.room_id WHERE m.sender_type = 'system' AND m.body LIKE '구매자가 주문을 취소했습니다%' AND r.subject_id = ANY(?)`,
          [[a.orderId, b.orderId, c.orderId]]
        )
        return rows.rows.length === 3 ? rows.rows : undefined
      })

      // Once only: a second cancel is refused and PortOne is not asked again.
      const again = await cancel(a.orderId)
      expect(again.status).toEqual(409)
      expect(cancels()).toHaveLength(cancelledBefore + 3)

      // 배송중 and 배송완료: 409, pointing to returns.
      const later = (await order(token, [{ variantId: picks[0].variantId, amount: 1 }], { amount: await expectedTotal([{ variantId: picks[0].variantId, amount: 1 }], SEOUL) }))
        .data.data as PlacedOrder
      const shippedId = later.orders[0].orderId
      await act(0, shippedId, "accept")
      await act(0, shippedId, "ready")
      await act(0, shippedId, "ship", { courier: "CJ대한통운", trackingNumber: "1111222233" })
      const whileShipping = await cancel(shippedId)
      expect(whileShipping.status).toEqual(409)
      expect(whileShipping.data.error.message).toContain(`/api/v1/return/${shippedId}`)
      await act(0, shippedId, "deliver")
      const afterDelivery = await cancel(shippedId)
      expect(afterDelivery.status).toEqual(409)
      expect(afterDelivery.data.error.message).toContain(`/api/v1/return/${shippedId}`)
      expect(cancels()).toHaveLength(cancelledBefore + 3)
      expect(await stateOf(shippedId)).toEqual(DeliveryState.DELIVERED)
    })

    it("concurrent cancels: one order cancelled three times at once refunds once; two seller orders of one purchase at once both refund, on PortOne's balance", async () => {
      const token = await shopper("concurrent-cancel@gopang.test")
      const lines = picks.map((pick) => ({ variantId: pick.variantId, amount: 1 }))
      const total = await expectedTotal(lines, SEOUL)
      const placed = (await order(token, lines, { amount: total })).data.data as PlacedOrder
      const [a, b, c] = picks.map((pick) => placed.orders.find((o) => o.seller.id === pick.sellerId)!)
      const impUid = [...portone.server().v1Payments.values()].find((p) => p.amount === total && p.status === "paid" && p.cancel_amount === 0)!.imp_uid
      const cancelsOf = () => portone.server().requests.filter((r) => r.path === "/payments/cancel" && r.body?.imp_uid === impUid)

      const same = await Promise.all([0, 1, 2].map(() => http.post("/api/v1/payment/cancel", { orderId: a.orderId }, { ...bearer(token), ...noThrow })))
      expect(same.map((r) => r.status).sort()).toEqual([200, 409, 409])
      expect(cancelsOf().map((r) => [r.status, r.body?.amount])).toEqual([[200, a.total]])

      const both = await Promise.all([b, c].map((view) => http.delete(`/api/v1/order/${view.orderId}`, { ...bearer(token), ...noThrow })))
      expect(both.map((r) => r.status)).toEqual([200, 200])
      // Serialized on the PortOne payment: each cancel carried the balance left by the one before.
      const checksums = cancelsOf().slice(1).map((r) => [r.status, r.body?.checksum])
      expect(checksums).toEqual([
        [200, total - a.total],
        [200, total - a.total - Number(cancelsOf()[1].body?.amount)],
      ])
      expect(portone.server().v1Payment(impUid)).toMatchObject({ status: "cancelled", cancel_amount: total })
      const group = await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).retrieveOrderGroup(placed.groupId)
      expect(Number(group.cancelled_amount)).toEqual(total)
    })

    it("moves through the delivery states, refuses illegal moves (409) and hides other people's orders (404)", async () => {
      const me = await joinAndLogin(http, "states@gopang.test")
      const token = me.token
      const customerId = me.id
      const stranger = await shopper("stranger@gopang.test")
      const lines = [{ variantId: picks[0].variantId, amount: 1 }]
      const total = await expectedTotal(lines, SEOUL)
      const placed = (await order(token, lines, { amount: total })).data.data as PlacedOrder
      const orderId = placed.orders[0].orderId
      const seller = await sellerToken(picks[0].sellerKey)
      const otherSeller = await sellerToken(picks[1].sellerKey)
      const act = async (who: string, action: string, body: Json = {}) =>
        await http.post(`/api/v1/seller/orders/${orderId}/${action}`, body, { ...bearer(who), ...noThrow })

      expect((await act(seller, "deliver")).status).toEqual(409)
      expect((await act(seller, "ship", { courier: "한진택배", trackingNumber: "1234567890" })).status).toEqual(409)
      expect((await act(otherSeller, "accept")).status).toEqual(404)
      expect((await act(seller, "teleport")).status).toEqual(404)
      expect((await act(seller, "accept")).status).toEqual(200)
      expect((await act(seller, "accept")).status).toEqual(409)
      expect((await act(seller, "ready")).status).toEqual(200)
      expect((await act(seller, "ship", { courier: "한진택배" })).status).toEqual(400)
      expect((await act(seller, "ship", { courier: "한진택배", trackingNumber: "1234567890" })).status).toEqual(200)
      const delivered = await act(seller, "deliver")
      expect(delivered.status).toEqual(200)
      expect(delivered.data.data.state).toEqual(DeliveryState.DELIVERED)
      expect(delivered.data.data.history.map((h: { to: string }) => h.to)).toEqual([
        DeliveryState.PAYMENT_COMPLETED,
        DeliveryState.PREPARING,
        DeliveryState.READY,
        DeliveryState.SHIPPING,
        DeliveryState.DELIVERED,
      ])
      expect((await act(seller, "accept")).status).toEqual(409)
      expect((await act(seller, "cancel", { reason: "늦은 취소" })).status).toEqual(409)

      // Medusa's fulfillment carries the delivery (returns and reviews rely on it).
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["fulfillments.delivered_at", "fulfillments.shipped_at", "fulfillments.labels.tracking_number"], filters: { id: orderId } })
      const fulfillment = (data[0] as unknown as { fulfillments: { delivered_at: string; shipped_at: string; labels: { tracking_number: string }[] }[] }).fulfillments[0]
      expect(fulfillment.delivered_at).toBeTruthy()
      expect(fulfillment.labels[0].tracking_number).toEqual("1234567890")

      // Other people: 404 on every route.
      expect((await http.get(`/api/v1/history/${orderId}`, { ...bearer(stranger), ...noThrow })).status).toEqual(404)
      expect((await http.get(`/api/v1/history/${orderId}/receipt`, { ...bearer(stranger), ...noThrow })).status).toEqual(404)
      expect((await http.delete(`/api/v1/history/${orderId}`, { ...bearer(stranger), ...noThrow })).status).toEqual(404)
      expect((await http.delete(`/api/v1/order/${orderId}`, { ...bearer(stranger), ...noThrow })).status).toEqual(404)
      expect((await http.get(`/api/v1/history/${customerId}`, { ...bearer(stranger), ...noThrow })).status).toEqual(404)
      expect((await http.get(`/api/v1/seller/orders/${orderId}`, { ...bearer(otherSeller), ...noThrow })).status).toEqual(404)

      // History: own list, newest first, filter by state, hide.
      const list = await http.get(`/api/v1/history/${customerId}?state=delivered`, bearer(token))
      expect(list.data.data.map((o: OrderView) => o.orderId)).toEqual([orderId])
      expect(list.data.meta).toMatchObject({ page: 1, total: 1 })
      expect((await http.get(`/api/v1/history/${customerId}?state=teleported`, { ...bearer(token), ...noThrow })).status).toEqual(400)
      expect((await http.delete(`/api/v1/history/${orderId}`, bearer(token))).status).toEqual(200)
      expect((await http.get(`/api/v1/history/${customerId}`, bearer(token))).data.data).toEqual([])
      // Hidden from the customer's list, still there for the seller.
      expect((await http.get(`/api/v1/seller/orders/${orderId}`, bearer(seller))).status).toEqual(200)
    })

    it("returns part of a delivered seller order of a shared payment: refund and restock, checksums on the purchase's balance", async () => {
      const token = await shopper("return-after-saga@gopang.test")
      const lines = picks.slice(0, 2).map((pick) => ({ variantId: pick.variantId, amount: 2 }))
      const total = await expectedTotal(lines, SEOUL)
      const placed = (await order(token, lines, { amount: total })).data.data as PlacedOrder
      const [a, b] = picks.slice(0, 2).map((pick) => placed.orders.find((o) => o.seller.id === pick.sellerId)!)
      const sellerA = await sellerToken(picks[0].sellerKey)
      for (const [action, body] of [["accept", {}], ["ready", {}], ["ship", { courier: "CJ대한통운", trackingNumber: "5550001112" }], ["deliver", {}]] as const) {
        expect((await http.post(`/api/v1/seller/orders/${a.orderId}/${action}`, body, { ...bearer(sellerA), ...noThrow })).status).toEqual(200)
      }

      // Returns rely on the saga's delivery (Medusa's fulfillment delivered_at).
      const requested = await http.post(
        `/api/v1/return/${a.orderId}`,
        { items: [{ lineItemId: a.items[0].lineId, quantity: 1 }], reason: "change_of_mind" },
        { ...bearer(token), ...noThrow }
      )
      expect(requested.status).toEqual(201)
      const request = requested.data.data
      expect((await http.post(`/api/v1/return/${b.orderId}`, { items: [{ lineItemId: b.items[0].lineId, quantity: 1 }], reason: "change_of_mind" }, { ...bearer(token), ...noThrow })).status).toEqual(400)

      const stock = await available(picks[0].variantId)
      for (const [action, body] of [["approve", { pickupDate: "2026-12-01" }], ["receive", { inspectionNote: "이상 없음" }], ["complete", {}]] as const) {
        const moved = await http.post(`/api/v1/seller/aftersales/${request.id}/${action}`, body, { ...bearer(sellerA), ...noThrow })
        expect(moved.status).toEqual(200)
      }
      expect(await available(picks[0].variantId)).toEqual(stock + 1)
      const cancels = () => portone.server().requests.filter((r) => r.path === "/payments/cancel" && r.status === 200)
      expect(cancels().at(-1)!.body).toMatchObject({ amount: request.refundAmount, checksum: total })

      // Then seller B's order, not shipped, is cancelled: the balance left is the purchase's.
      const cancelB = await http.delete(`/api/v1/order/${b.orderId}`, { ...bearer(token), ...noThrow })
      expect(cancelB.status).toEqual(200)
      expect(cancels().at(-1)!.body).toMatchObject({ amount: b.total, checksum: total - request.refundAmount })
    })

    it("orders the whole cart, which is then empty", async () => {
      const token = await shopper("from-cart@gopang.test")
      for (const pick of picks.slice(0, 2)) {
        expect((await http.post("/api/v1/cart/items", { variantId: pick.variantId, quantity: 2 }, bearer(token))).status).toBeLessThan(300)
      }
      const cart = (await http.get("/api/v1/cart", bearer(token))).data.data
      const empty = await http.post(
        "/api/v1/order",
        { fromCart: true, items: [{ variantId: picks[0].variantId, amount: 1 }], receiver: SEOUL, amount: cart.totals.total, payment: card },
        { ...bearer(token, { "idempotency-key": "cart-both" }), ...noThrow }
      )
      expect(empty.status).toEqual(400)
      const placed = await http.post(
        "/api/v1/order",
        { fromCart: true, receiver: SEOUL, amount: cart.totals.total, payment: card },
        { ...bearer(token, { "idempotency-key": "cart-1" }), ...noThrow }
      )
      expect(placed.status).toEqual(201)
      const body = placed.data.data as PlacedOrder
      expect(body.total).toEqual(cart.totals.total)
      expect(body.orders.flatMap((o) => o.items.map((i) => [i.variantId, i.quantity])).sort()).toEqual(
        picks.slice(0, 2).map((p) => [p.variantId, 2]).sort()
      )
      expect((await http.get("/api/v1/cart", bearer(token))).data.data.groups).toEqual([])
    })

    it("orders a Jeju delivery at the total the cart shows for ?zipCode=, island surcharges included", async () => {
      const token = await shopper("from-cart-jeju@gopang.test")
      for (const pick of picks.slice(0, 2)) {
        expect((await http.post("/api/v1/cart/items", { variantId: pick.variantId, quantity: 1 }, bearer(token))).status).toBeLessThan(300)
      }
      const seoulCart = (await http.get("/api/v1/cart", bearer(token))).data.data
      const cart = (await http.get(`/api/v1/cart?zipCode=${JEJU.zipCode}`, bearer(token))).data.data
      const surcharges = cart.groups.reduce((sum: number, group: { islandSurcharge: number }) => sum + group.islandSurcharge, 0)
      expect(surcharges).toBeGreaterThan(0)
      expect(cart.totals.total).toEqual(seoulCart.totals.total + surcharges)
      expect(cart.totals.total).toEqual(await expectedTotal(picks.slice(0, 2).map((p) => ({ variantId: p.variantId, amount: 1 })), JEJU))

      // The Seoul total for a Jeju address: refused, with what to pay instead.
      const refused = await http.post(
        "/api/v1/order",
        { fromCart: true, receiver: JEJU, amount: seoulCart.totals.total, payment: card },
        { ...bearer(token, { "idempotency-key": "cart-jeju-wrong" }), ...noThrow }
      )
      expect(refused.status).toEqual(400)
      expect(refused.data.error.details).toMatchObject({ expectedAmount: cart.totals.total, requestedAmount: seoulCart.totals.total })
      const placed = await http.post(
        "/api/v1/order",
        { fromCart: true, receiver: JEJU, amount: cart.totals.total, payment: card },
        { ...bearer(token, { "idempotency-key": "cart-jeju" }), ...noThrow }
      )
      expect(placed.status).toEqual(201)
      const body = placed.data.data as PlacedOrder
      expect(body.total).toEqual(cart.totals.total)
      for (const group of cart.groups as { seller: { id: string }; deliveryFee: number; islandSurcharge: number }[]) {
        const view = body.orders.find((o) => o.seller.id === group.seller.id)!
        expect([view.deliveryFee, view.islandSurcharge]).toEqual([group.deliveryFee, group.islandSurcharge])
      }
    })

    it("repairs a seller's item left on Medusa's empty default profile by the old code (migration scripts), which then ships", async () => {
      const fulfillment = container.resolve(Modules.FULFILLMENT)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const [marketplace] = await fulfillment.listShippingProfiles({ name: MARKETPLACE_SHIPPING_PROFILE_NAME })
      expect(marketplace).toBeDefined()
      const seller = await sellerToken(picks[0].sellerKey)
      const listed = await http.post(
        "/api/v1/seller/item",
        {
          title_name: "첫판매 원피스",
          item_label: "FIRST-DRESS",
          category_ids: [Object.values(seed.categoryIdsByHandle)[0]],
          state: "on_sale",
          parallel_import: false,
          minor_purchasable: true,
          tax: "taxable",
          as_info: "고객센터 1588-0000",
          options: [{ title: "사이즈", values: ["M"] }],
          variants: [{ options: { 사이즈: "M" }, price: 30000, stock: 10 }],
        },
        { ...bearer(seller), ...noThrow }
      )
      expect(listed.status).toEqual(201)
      const item = listed.data.data.item as { id: string; handle: string; variants: { id: string }[] }
      // Today: the marketplace profile and an ASCII handle.
      expect(item.handle).toMatch(/^cheotpanmae-wonpiseu-[a-z0-9]{6}$/)
      const profileOf = async (id: string) => {
        const { data } = await query.graph({ entity: "product", fields: ["handle", "shipping_profile.id"], filters: { id } })
        return data[0] as unknown as { handle: string; shipping_profile: { id: string } | null }
      }
      expect((await profileOf(item.id)).shipping_profile?.id).toEqual(marketplace.id)

      // What the old code made: Medusa's own empty "Default Shipping Profile" (made by Medusa's
      // migration script, first of type default) and Medusa's handle of the Korean title.
      // (A database migrated by `medusa db:migrate`, as npm test's templates are, has it already.)
      const [existing] = await fulfillment.listShippingProfiles({ name: "Default Shipping Profile" })
      const [empty] = existing
        ? [existing]
        : await fulfillment.createShippingProfiles([{ name: "Default Shipping Profile", type: "default" }])
      await updateProductsWorkflow(container).run({
        input: { selector: { id: item.id }, update: { shipping_profile_id: empty.id, handle: "첫판매-원피스" } },
      })
      expect(await profileOf(item.id)).toMatchObject({ handle: "첫판매-원피스", shipping_profile: { id: empty.id } })

      const token = await shopper("first-sale@gopang.test")
      const lines = [{ variantId: item.variants[0].id, amount: 1 }]
      const placed = await order(token, lines, { amount: await expectedTotal(lines, SEOUL) })
      expect(placed.status).toEqual(201)
      const orderId = (placed.data.data as PlacedOrder).orders[0].orderId
      const act = async (action: string, body: Json = {}) =>
        await http.post(`/api/v1/seller/orders/${orderId}/${action}`, body, { ...bearer(seller), ...noThrow })
      expect((await act("accept")).status).toEqual(200)
      expect((await act("ready")).status).toEqual(200)
      // The defect as the seller met it: the parcel cannot be shipped.
      const stuck = await act("ship", { courier: "CJ대한통운", trackingNumber: "7770001112" })
      expect(stuck.status).toEqual(400)
      expect(stuck.data.error.message).toMatch(/shipping profile/i)

      await marketplaceShippingProfileScript({ container })
      await asciiItemHandlesScript({ container })
      const repaired = await profileOf(item.id)
      expect(repaired.shipping_profile?.id).toEqual(marketplace.id)
      expect(repaired.handle).toMatch(/^cheotpanmae-wonpiseu-[a-z0-9]{6}$/)
      // Seeded products were already right: still on the marketplace profile, handles unchanged.
      const seededId = Object.values(seed.productIdsByHandle)[0]
      const seededHandle = Object.entries(seed.productIdsByHandle)[0][0]
      expect(await profileOf(seededId)).toMatchObject({ handle: seededHandle, shipping_profile: { id: marketplace.id } })
      // Only one marketplace profile, however often the script runs.
      await marketplaceShippingProfileScript({ container })
      expect(await fulfillment.listShippingProfiles({ name: MARKETPLACE_SHIPPING_PROFILE_NAME })).toHaveLength(1)

      const shipped = await act("ship", { courier: "CJ대한통운", trackingNumber: "7770001112" })
      expect(shipped.status).toEqual(200)
      expect(shipped.data.data).toMatchObject({ state: DeliveryState.SHIPPING, trackingNumber: "7770001112" })
      expect((await act("deliver")).status).toEqual(200)
    })

    it("counts 1인당 최대 구매수량 over the shopper's orders: a second order past it is refused, a cancelled one does not count", async () => {
      const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["product.seller_product_detail.id", "product.seller_product_detail.max_order"],
        filters: { id: picks[2].variantId },
      })
      const detail = (data[0] as unknown as { product: { seller_product_detail: { id: string; max_order: number | null } } }).product.seller_product_detail
      await sellers.updateSellerProductDetails({ id: detail.id, max_order: 2 })
      try {
        const token = await shopper("max-order@gopang.test")
        const two = [{ variantId: picks[2].variantId, amount: 2 }]
        const one = [{ variantId: picks[2].variantId, amount: 1 }]
        const first = await order(token, two, { amount: await expectedTotal(two, SEOUL) })
        expect(first.status).toEqual(201)

        // The same shopper, another order, one more unit: past the maximum, refused before any charge.
        const before = await counts()
        const again = await order(token, one, { amount: await expectedTotal(one, SEOUL) })
        expect(again.status).toEqual(400)
        expect(again.data.error.message).toContain("1인당 최대 2개까지 구매할 수 있습니다. (이미 주문한 수량: 2개)")
        expect(await counts()).toEqual(before)
        // Another shopper is not limited by the first one's orders.
        const other = await shopper("max-order-other@gopang.test")
        expect((await order(other, two, { amount: await expectedTotal(two, SEOUL) })).status).toEqual(201)

        // Cancelled, the first order no longer counts.
        const cancelled = await http.delete(`/api/v1/order/${(first.data.data as PlacedOrder).orders[0].orderId}`, { ...bearer(token), ...noThrow })
        expect(cancelled.status).toEqual(200)
        expect((await order(token, one, { amount: await expectedTotal(one, SEOUL) })).status).toEqual(201)
      } finally {
        await sellers.updateSellerProductDetails({ id: detail.id, max_order: detail.max_order })
      }
    })

    it("refuses bad requests with clear 4xx answers", async () => {
      const token = await shopper("bad@gopang.test")
      const noKey = await http.post("/api/v1/order", { items: [], receiver: SEOUL, amount: 1, payment: card }, { ...bearer(token), ...noThrow })
      expect(noKey.status).toEqual(400)
      const badBody = await order(token, [{ variantId: picks[0].variantId, amount: 0 }], { amount: 1, receiver: { ...SEOUL, zipCode: "123" } })
      expect(badBody.status).toEqual(400)
      expect(badBody.data.error.fields).toEqual(expect.arrayContaining(["items.0.amount", "receiver.zipCode"]))
      expect(JSON.stringify(badBody.data)).not.toContain(TEST_CARD.number)
      const guest = await http.post("/api/v1/order", {}, noThrow)
      expect(guest.status).toEqual(401)
      const unknown = await order(token, [{ variantId: "variant_missing", amount: 1 }], { amount: 1000 })
      expect(unknown.status).toEqual(404)
    })
  },
})
