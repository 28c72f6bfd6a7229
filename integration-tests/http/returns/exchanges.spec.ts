import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { TEST_CARD, usePortOneTestServer } from "../../portone-server/harness"
import { createDeliveredOrder, type DeliveredOrder } from "./fixtures"
import { type Actor, customer, ok, seller, SELLER_PASSWORD, stockOf, variantOf } from "./helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(300 * 1000)

const portone = usePortOneTestServer({ timeoutMs: 5_000, slowResponseMs: 6_000 })

type FulfillmentRow = {
  id: string
  shipped_at: string | null
  labels: { tracking_number: string }[]
  items: { line_item_id: string; quantity: number }[]
}

gopangIntegrationTestRunner({
  database: "seeded",
  env: { GOPANG_ADMIN_PASSWORD: "test-admin-password-1", GOPANG_SELLER_PASSWORD: SELLER_PASSWORD },
  testSuite: ({ api, getContainer }) => {
    let seed: SeedSummary
    let container: MedusaContainer
    let alice: Actor & { email: string }
    let bob: Actor & { email: string }
    let fashion: Actor
    let tee95: string
    let tee100: string
    let capVariant: string

    beforeAll(async () => {
      container = getContainer()
      seed = await seedMarketplace(container)
      alice = await customer(api, "alice-exchanges@gopang.test")
      bob = await customer(api, "bob-exchanges@gopang.test")
      fashion = await seller(api, "gopang-fashion")
      const tee = seed.productIdsByHandle["men-overfit-cotton-short-sleeve-tee"]
      tee95 = await variantOf(container, tee, ["95", "블랙"])
      tee100 = await variantOf(container, tee, ["100", "블랙"])
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.id"],
        filters: { id: seed.productIdsByHandle["unisex-washed-ball-cap"] },
      })
      capVariant = (data[0] as unknown as { variants: { id: string }[] }).variants[0].id
    })

    const deliveredTee = () =>
      createDeliveredOrder(container, {
        customerId: alice.id,
        email: alice.email,
        sellerId: fashion.id,
        regionId: seed.regionId,
        items: [{ variantId: tee95, quantity: 1 }],
      })

    const requestExchange = (order: DeliveredOrder, body: Record<string, unknown>, who: Actor = alice) =>
      api.post(`/api/v1/exchange/${order.order.id}`, body, { headers: who.headers, ...ok })

    const act = (id: string, action: string, body: Record<string, unknown> = {}) =>
      api.post(`/api/v1/seller/aftersales/${id}/${action}`, body, { headers: fashion.headers, ...ok })

    async function orderState(orderId: string) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "summary.*",
          "items.id",
          "items.variant_id",
          "fulfillments.id",
          "fulfillments.shipped_at",
          "fulfillments.labels.tracking_number",
          "fulfillments.items.line_item_id",
          "fulfillments.items.quantity",
          "returns.id",
          "returns.status",
        ],
        filters: { id: orderId },
      })
      return data[0] as unknown as {
        summary: { pending_difference: number }
        items: { id: string; variant_id: string }[]
        fulfillments: FulfillmentRow[]
        returns: { id: string; status: string }[]
      }
    }

    it("exchanges to another size: the customer pays the two-way fee, the original is restocked, the replacement ships with tracking", async () => {
      const order = await deliveredTee()
      const created = await requestExchange(order, {
        items: [{ lineItemId: order.lineItems[0].id, quantity: 1, replacementVariantId: tee100 }],
        reason: "change_of_mind",
        comment: "한 치수 큰 걸로 바꿔 주세요",
        pickup: { name: "김고팡", phone: "010-9876-5432", address: "서울특별시 강남구 테헤란로 123 4층", postalCode: "06236" },
      })
      expect(created.status).toEqual(201)
      const request = created.data.data
      expect(request).toMatchObject({
        type: "exchange",
        state: "requested",
        shippingFee: 6000,
        feePayer: "customer",
        refundAmount: 0,
        pickup: { name: "김고팡", phone: "010-9876-5432", address: "서울특별시 강남구 테헤란로 123 4층", postalCode: "06236" },
        items: [{ lineItemId: order.lineItems[0].id, variantId: tee95, replacementVariantId: tee100, replacementTitle: "100 / 블랙" }],
      })

      const reservedBefore = (await stockOf(container, tee100)).reserved
      const approved = await act(request.id, "approve", { pickupDate: "2026-12-01" })
      expect(approved.status === 200 ? 200 : approved.data).toEqual(200)
      expect(approved.data.data.exchangeId).toMatch(/^oexc_/)
      expect(approved.data.data.returnId).toMatch(/^return_/)
      // The replacement is held for this customer.
      expect((await stockOf(container, tee100)).reserved).toEqual(reservedBefore + 1)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: exchanges } = await query.graph({ entity: "order_exchange", fields: ["id", "order_id"], filters: { id: approved.data.data.exchangeId } })
      expect(exchanges).toEqual([{ id: approved.data.data.exchangeId, order_id: order.order.id }])

      const stockedBefore = (await stockOf(container, tee95)).stocked
      expect((await act(request.id, "receive", { inspectionNote: "새 상품 상태" })).status).toEqual(200)
      expect((await stockOf(container, tee95)).stocked).toEqual(stockedBefore + 1)
      // Medusa credits the original once received: what the order still asks for is the fee.
      expect(Number((await orderState(order.order.id)).summary.pending_difference)).toEqual(6000)

      // The replacement waits for the fee.
      const unpaid = await act(request.id, "complete", { courier: "CJ대한통운", trackingNumber: "684512397710" })
      expect(unpaid.status).toEqual(400)
      expect(unpaid.data.error.message).toEqual("교환 배송비 6000원이 아직 결제되지 않았습니다.")
      const waiting = (await api.get(`/api/v1/seller/aftersales/${request.id}`, { headers: fashion.headers })).data.data
      expect(waiting).toMatchObject({ state: "received", lastError: "교환 배송비 6000원이 아직 결제되지 않았습니다." })

      const paid = await api.post(
        "/api/v1/payment/pay",
        { orderId: order.order.id, amount: 6000, card: { ...TEST_CARD } },
        { headers: alice.headers, ...ok }
      )
      expect(paid.status).toEqual(200)
      expect(portone.server().requests.filter((r) => r.path === "/subscribe/payments/onetime" && Number(r.body?.amount) === 6000)).toHaveLength(1)

      const stocked100 = (await stockOf(container, tee100)).stocked
      const completed = await act(request.id, "complete", { courier: "CJ대한통운", trackingNumber: "684512397710" })
      expect(completed.status).toEqual(200)
      expect(completed.data.data).toMatchObject({
        state: "completed",
        lastError: null,
        shipment: { courier: "CJ대한통운", trackingNumber: "684512397710" },
      })
      const shipped = await orderState(order.order.id)
      const replacement = shipped.items.find((item) => item.variant_id === tee100)!
      const fulfillment = shipped.fulfillments.find((f) => f.id === completed.data.data.shipment.fulfillmentId)!
      expect(fulfillment.items).toEqual([expect.objectContaining({ line_item_id: replacement.id })])
      expect(fulfillment.labels.map((l) => l.tracking_number)).toEqual(["684512397710"])
      expect(fulfillment.shipped_at).toBeTruthy()
      expect(shipped.returns).toEqual([{ id: approved.data.data.returnId, status: "received" }])
      // Shipping took the replacement out of stock and released its reservation.
      expect(await stockOf(container, tee100)).toEqual({ stocked: stocked100 - 1, reserved: reservedBefore })
      // No money went back for an exchange.
      expect(portone.server().v1Payment(order.payment.impUid)).toMatchObject({ cancel_amount: 0 })

      const detail = await api.get(`/api/v1/exchange/${request.id}`, { headers: alice.headers })
      expect(detail.data.data.history.map((h: { toState: string }) => h.toState)).toEqual([
        "requested",
        "approved",
        "pickup_scheduled",
        "received",
        "completed",
      ])
      expect((await api.get("/api/v1/exchange?state=completed", { headers: alice.headers })).data.meta.total).toEqual(1)
    })

    it("exchanges a defective item for the same one at the seller's cost", async () => {
      const order = await deliveredTee()
      const created = await requestExchange(order, { items: [{ lineItemId: order.lineItems[0].id, quantity: 1 }], reason: "defective" })
      expect(created.data.data).toMatchObject({ shippingFee: 0, feePayer: "seller", items: [{ replacementVariantId: tee95 }] })
      const id = created.data.data.id
      expect((await act(id, "approve", { pickupDate: "2026-12-01" })).status).toEqual(200)
      expect((await act(id, "receive")).status).toEqual(200)
      expect(Number((await orderState(order.order.id)).summary.pending_difference)).toEqual(0)
      const completed = await act(id, "complete", { courier: "CJ대한통운", trackingNumber: "684512397711" })
      expect(completed.status).toEqual(200)
      expect(completed.data.data.state).toEqual("completed")
    })

    it("refuses another product as replacement, strangers, and cancelling after approval", async () => {
      const order = await deliveredTee()
      const line = order.lineItems[0].id
      const otherProduct = await requestExchange(order, {
        items: [{ lineItemId: line, quantity: 1, replacementVariantId: capVariant }],
        reason: "change_of_mind",
      })
      expect(otherProduct.status).toEqual(400)
      expect(otherProduct.data.error.message).toEqual("같은 상품의 다른 옵션으로만 교환할 수 있습니다.")
      expect((await requestExchange(order, { items: [{ lineItemId: line, quantity: 1 }], reason: "defective" }, bob)).status).toEqual(404)

      const first = await requestExchange(order, { items: [{ lineItemId: line, quantity: 1, replacementVariantId: tee100 }], reason: "change_of_mind" })
      expect(first.status).toEqual(201)
      const cancelled = await api.delete(`/api/v1/exchange/${first.data.data.id}`, { headers: alice.headers })
      expect(cancelled.data.data.state).toEqual("cancelled")

      const second = await requestExchange(order, { items: [{ lineItemId: line, quantity: 1, replacementVariantId: tee100 }], reason: "change_of_mind" })
      const id = second.data.data.id
      expect((await api.delete(`/api/v1/exchange/${id}`, { headers: bob.headers, ...ok })).status).toEqual(404)
      expect((await api.delete(`/api/v1/return/${id}`, { headers: alice.headers, ...ok })).status).toEqual(404)
      expect((await act(id, "approve", { pickupDate: "2026-12-01" })).status).toEqual(200)
      const late = await api.delete(`/api/v1/exchange/${id}`, { headers: alice.headers, ...ok })
      expect(late.status).toEqual(409)
      expect(late.data.error.message).toEqual("회수예정 상태의 요청은 취소 처리할 수 없습니다.")
    })
  },
})
