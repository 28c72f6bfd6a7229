import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { createAdmin } from "../../helpers/admin"
import { usePortOneTestServer } from "../../portone-server/harness"
import { AftersalesActorType } from "../../../src/modules/aftersales"
import { refundOrderWorkflowId } from "../../../src/workflows/payment"
import {
  approveAftersalesRequestWorkflow,
  completeAftersalesRequestWorkflow,
  openOrderReturnWorkflowId,
} from "../../../src/workflows/aftersales"
import { createDeliveredOrder, type DeliveredOrder } from "./fixtures"
import { type Actor, customer, ok, seller, SELLER_PASSWORD, stockOf, variantOf } from "./helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(300 * 1000)

const portone = usePortOneTestServer({ timeoutMs: 5_000, slowResponseMs: 6_000 })

gopangIntegrationTestRunner({
  database: "seeded",
  env: { GOPANG_ADMIN_PASSWORD: "test-admin-password-1", GOPANG_SELLER_PASSWORD: SELLER_PASSWORD },
  testSuite: ({ api, getContainer }) => {
    let seed: SeedSummary
    let container: MedusaContainer
    let alice: Actor & { email: string }
    let bob: Actor & { email: string }
    let fashion: Actor
    let kids: Actor
    /** 남성 오버핏 코튼 반팔 티셔츠 (고팡패션, 19,900원; delivery 3,000원 below 30,000원). */
    let tee95: string

    beforeAll(async () => {
      container = getContainer()
      seed = await seedMarketplace(container)
      alice = await customer(api, "alice-returns@gopang.test")
      bob = await customer(api, "bob-returns@gopang.test")
      fashion = await seller(api, "gopang-fashion")
      kids = await seller(api, "kids-toy")
      tee95 = await variantOf(container, seed.productIdsByHandle["men-overfit-cotton-short-sleeve-tee"], ["95", "블랙"])
    })

    const deliveredTee = (overrides: Partial<Parameters<typeof createDeliveredOrder>[1]> = {}) =>
      createDeliveredOrder(container, {
        customerId: alice.id,
        email: alice.email,
        sellerId: fashion.id,
        regionId: seed.regionId,
        items: [{ variantId: tee95, quantity: 1 }],
        ...overrides,
      })

    const requestReturn = (order: DeliveredOrder, body: Record<string, unknown>, who: Actor = alice) =>
      api.post(`/api/v1/return/${order.order.id}`, body, { headers: who.headers, ...ok })

    const line = (order: DeliveredOrder, quantity = 1) => ({ lineItemId: order.lineItems[0].id, quantity })

    const act = (who: Actor, id: string, action: string, body: Record<string, unknown> = {}) =>
      api.post(`/api/v1/seller/aftersales/${id}/${action}`, body, { headers: who.headers, ...ok })

    const cancelsOf = (impUid: string) =>
      portone.server().requests.filter((r) => r.path === "/payments/cancel" && r.body?.imp_uid === impUid)

    it("returns a change-of-mind item: fee deducted, partial refund with PortOne's checksum, restocked on receipt", async () => {
      const order = await deliveredTee({ items: [{ variantId: tee95, quantity: 2 }], deliveryFee: 3000 })
      expect(order.order.total).toEqual(19900 * 2 + 3000)

      const created = await requestReturn(order, { items: [line(order, 1)], reason: "change_of_mind", comment: "사이즈가 맞지 않아요" })
      expect(created.status).toEqual(201)
      const request = created.data.data
      expect(request).toMatchObject({
        type: "return",
        state: "requested",
        reason: "change_of_mind",
        reasonLabel: "단순변심",
        orderId: order.order.id,
        sellerId: fashion.id,
        shippingFee: 3000,
        feePayer: "customer",
        itemsAmount: 19900,
        deliveryFeeRefund: 0,
        refundAmount: 16900,
        pickup: { name: "홍길동", phone: "010-1234-5678", address: "서울특별시 송파구 송파대로 570", postalCode: "05510" },
        items: [{ lineItemId: order.lineItems[0].id, quantity: 1, unitPrice: 19900 }],
      })
      expect(request).not.toHaveProperty("lastError")

      const listed = await api.get("/api/v1/return", { headers: alice.headers })
      expect(listed.data.data.map((r: { id: string }) => r.id)).toEqual([request.id])
      expect(listed.data.meta).toEqual({ page: 1, size: 20, total: 1 })
      expect((await api.get("/api/v1/exchange", { headers: alice.headers })).data.data).toEqual([])

      const sellerList = await api.get("/api/v1/seller/aftersales?type=return&state=requested", { headers: fashion.headers })
      expect(sellerList.data.data.map((r: { id: string }) => r.id)).toEqual([request.id])

      const approved = await act(fashion, request.id, "approve", { pickupDate: "2026-12-01" })
      expect(approved.status).toEqual(200)
      expect(approved.data.data).toMatchObject({ state: "pickup_scheduled", pickup: { date: "2026-12-01T00:00:00.000Z" } })
      expect(approved.data.data.returnId).toMatch(/^return_/)
      expect(approved.data.data.history.map((h: { toState: string }) => h.toState)).toEqual(["requested", "approved", "pickup_scheduled"])

      const before = await stockOf(container, tee95)
      const received = await act(fashion, request.id, "receive", { inspectionNote: "택 부착, 이상 없음" })
      expect(received.status).toEqual(200)
      expect(received.data.data).toMatchObject({ state: "received", inspectionNote: "택 부착, 이상 없음" })
      expect((await stockOf(container, tee95)).stocked).toEqual(before.stocked + 1)

      const completed = await act(fashion, request.id, "complete")
      expect(completed.status).toEqual(200)
      expect(completed.data.data).toMatchObject({ state: "completed", refundAmount: 16900, lastError: null })
      expect(completed.data.data.refundedAt).toBeTruthy()

      // One partial cancel of 16,900원 against the whole balance.
      expect(cancelsOf(order.payment.impUid).map((r) => [r.body?.amount, r.body?.checksum])).toEqual([[16900, 42800]])
      expect(portone.server().v1Payment(order.payment.impUid)).toMatchObject({ status: "paid", cancel_amount: 16900 })

      // The order shows the return, received, and the refund.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "returns.id", "returns.status", "items.detail.return_received_quantity", "payment_collections.payments.refunds.amount"],
        filters: { id: order.order.id },
      })
      const shown = data[0] as unknown as {
        returns: { id: string; status: string }[]
        items: { detail: { return_received_quantity: number } }[]
        payment_collections: { payments: { refunds: { amount: number }[] }[] }[]
      }
      expect(shown.returns).toEqual([{ id: approved.data.data.returnId, status: "received" }])
      expect(Number(shown.items[0].detail.return_received_quantity)).toEqual(1)
      expect(shown.payment_collections[0].payments[0].refunds.map((r) => Number(r.amount))).toEqual([16900])

      const detail = await api.get(`/api/v1/return/${request.id}`, { headers: alice.headers })
      expect(detail.data.data.history.map((h: { toState: string }) => h.toState)).toEqual([
        "requested",
        "approved",
        "pickup_scheduled",
        "received",
        "completed",
      ])

      // The second unit can still go back; not a third.
      expect((await requestReturn(order, { items: [line(order, 2)], reason: "change_of_mind" })).status).toEqual(400)
      expect((await requestReturn(order, { items: [line(order, 1)], reason: "change_of_mind" })).status).toEqual(201)
    })

    it("refunds a defective item in full, with the original delivery fee", async () => {
      const order = await deliveredTee()
      expect(order.order).toMatchObject({ total: 22900, shippingTotal: 3000 })
      const created = await requestReturn(order, { items: [line(order)], reason: "defective", comment: "봉제선이 터져 있어요" })
      expect(created.data.data).toMatchObject({ shippingFee: 0, feePayer: "seller", deliveryFeeRefund: 3000, refundAmount: 22900 })
      const id = created.data.data.id
      expect((await act(fashion, id, "approve", { pickupDate: "2026-12-02" })).status).toEqual(200)
      expect((await act(fashion, id, "receive", { inspectionNote: "불량 확인" })).status).toEqual(200)
      const completed = await act(fashion, id, "complete")
      expect(completed.data.data.state).toEqual("completed")
      expect(cancelsOf(order.payment.impUid).map((r) => [r.body?.amount, r.body?.checksum])).toEqual([[22900, 22900]])
      expect(portone.server().v1Payment(order.payment.impUid)).toMatchObject({ status: "cancelled", cancel_amount: 22900 })
    })

    it("refuses what Korean shoppers cannot return, and strangers", async () => {
      const notDelivered = await deliveredTee({ deliver: false })
      const refused = await requestReturn(notDelivered, { items: [line(notDelivered)], reason: "defective" })
      expect(refused.status).toEqual(400)
      expect(refused.data.error.message).toEqual("배송이 완료된 상품만 반품/교환할 수 있습니다.")

      const old = await deliveredTee({ deliveredDaysAgo: 8 })
      const late = await requestReturn(old, { items: [line(old)], reason: "change_of_mind" })
      expect(late.status).toEqual(400)
      expect(late.data.error.message).toContain("7일")
      // A defect may still be reported within three months.
      expect((await requestReturn(old, { items: [line(old)], reason: "defective" })).status).toEqual(201)
      const ancient = await deliveredTee({ deliveredDaysAgo: 91 })
      expect((await requestReturn(ancient, { items: [line(ancient)], reason: "wrong_item" })).status).toEqual(400)

      const order = await deliveredTee()
      const tooMany = await requestReturn(order, { items: [line(order, 2)], reason: "change_of_mind" })
      expect(tooMany.status).toEqual(400)
      expect(tooMany.data.error.message).toContain("1개")
      expect((await requestReturn(order, { items: [line(order)], reason: "whim" })).status).toEqual(400)
      expect((await requestReturn(order, { items: [line(order)], reason: "change_of_mind", extra: 1 })).status).toEqual(400)

      // Another customer's order is not found; so is an order id that does not exist.
      expect((await requestReturn(order, { items: [line(order)], reason: "change_of_mind" }, bob)).status).toEqual(404)
      expect((await api.post("/api/v1/return/order_missing", { items: [line(order)], reason: "change_of_mind" }, { headers: alice.headers, ...ok })).status).toEqual(404)
      expect((await api.post(`/api/v1/return/${order.order.id}`, { items: [line(order)], reason: "change_of_mind" }, ok)).status).toEqual(401)

      const first = await requestReturn(order, { items: [line(order)], reason: "change_of_mind" })
      expect(first.status).toEqual(201)
      const id = first.data.data.id
      // One open request per line item, returns and exchanges alike.
      const second = await requestReturn(order, { items: [line(order)], reason: "defective" })
      expect(second.status).toEqual(409)
      const exchange = await api.post(`/api/v1/exchange/${order.order.id}`, { items: [line(order)], reason: "defective" }, { headers: alice.headers, ...ok })
      expect(exchange.status).toEqual(409)

      // Another customer's request, another seller, the wrong type: 404.
      expect((await api.get(`/api/v1/return/${id}`, { headers: bob.headers, ...ok })).status).toEqual(404)
      expect((await api.delete(`/api/v1/return/${id}`, { headers: bob.headers, ...ok })).status).toEqual(404)
      expect((await api.get(`/api/v1/exchange/${id}`, { headers: alice.headers, ...ok })).status).toEqual(404)
      expect((await act(kids, id, "approve", { pickupDate: "2026-12-01" })).status).toEqual(404)
      expect((await api.get(`/api/v1/seller/aftersales/${id}`, { headers: kids.headers, ...ok })).status).toEqual(404)
      expect((await api.get("/api/v1/seller/aftersales", { headers: kids.headers })).data.data).toEqual([])
      // A customer token is not a seller's.
      expect((await act(alice, id, "approve", { pickupDate: "2026-12-01" })).status).toEqual(401)
      // Receiving before the pickup is scheduled is a state conflict.
      expect((await act(fashion, id, "receive")).status).toEqual(409)

      expect((await act(fashion, id, "approve", { pickupDate: "2026-12-01" })).status).toEqual(200)
      const cancelAfter = await api.delete(`/api/v1/return/${id}`, { headers: alice.headers, ...ok })
      expect(cancelAfter.status).toEqual(409)
      expect((await api.get(`/api/v1/return/${id}`, { headers: alice.headers })).data.data.state).toEqual("pickup_scheduled")
      expect((await act(fashion, id, "reject", { reason: "늦음" })).status).toEqual(409)
    })

    it("lets the customer cancel while requested, and the seller reject", async () => {
      const order = await deliveredTee()
      const first = await requestReturn(order, { items: [line(order)], reason: "change_of_mind" })
      const cancelled = await api.delete(`/api/v1/return/${first.data.data.id}`, { headers: alice.headers })
      expect(cancelled.data.data).toMatchObject({ state: "cancelled" })
      expect(cancelled.data.data.cancelledAt).toBeTruthy()
      expect((await act(fashion, first.data.data.id, "approve", { pickupDate: "2026-12-01" })).status).toEqual(409)

      // The line item is free again.
      const again = await requestReturn(order, { items: [line(order)], reason: "change_of_mind" })
      expect(again.status).toEqual(201)
      const rejected = await act(fashion, again.data.data.id, "reject", { reason: "착용 흔적이 있어 반품이 불가합니다" })
      expect(rejected.data.data).toMatchObject({ state: "rejected", rejectionReason: "착용 흔적이 있어 반품이 불가합니다" })
      expect((await act(fashion, again.data.data.id, "reject", {})).status).toEqual(400)
      expect((await requestReturn(order, { items: [line(order)], reason: "change_of_mind" })).status).toEqual(201)
    })

    it("keeps a refund PortOne refused in received with the error, and a retry refunds once", async () => {
      const order = await deliveredTee()
      const created = await requestReturn(order, { items: [line(order)], reason: "change_of_mind" })
      const id = created.data.data.id
      await act(fashion, id, "approve", { pickupDate: "2026-12-01" })
      await act(fashion, id, "receive")

      portone.server().refuseNextCancels(1, "[PG] 취소 처리 중 카드사 응답이 없습니다")
      const failed = await act(fashion, id, "complete")
      expect(failed.status).toEqual(400)
      expect(failed.data.error.message).toContain("카드사 응답이 없습니다")
      const kept = (await api.get(`/api/v1/seller/aftersales/${id}`, { headers: fashion.headers })).data.data
      expect(kept).toMatchObject({ state: "received", refundedAt: null })
      expect(kept.lastError).toContain("카드사 응답이 없습니다")
      expect(portone.server().v1Payment(order.payment.impUid)).toMatchObject({ cancel_amount: 0 })

      const retried = await act(fashion, id, "complete")
      expect(retried.status).toEqual(200)
      expect(retried.data.data).toMatchObject({ state: "completed", lastError: null })
      // A third call changes nothing.
      expect((await act(fashion, id, "complete")).status).toEqual(409)

      expect(cancelsOf(order.payment.impUid).map((r) => [r.body?.amount, r.body?.checksum])).toEqual([
        [16900, 22900],
        [16900, 22900],
      ])
      const payment = portone.server().v1Payment(order.payment.impUid)!
      expect(payment.cancel_amount).toEqual(16900)
      expect(payment.cancel_history).toHaveLength(1)
    })

    it("undoes an approval that fails after the order side opened, and never refunds twice when completion fails after PortOne refunded", async () => {
      const order = await deliveredTee()
      const id = (await requestReturn(order, { items: [line(order)], reason: "change_of_mind" })).data.data.id
      const actor = { type: AftersalesActorType.SELLER, id: fashion.id }

      const approving = approveAftersalesRequestWorkflow(container)
      approving.appendAction("throw", openOrderReturnWorkflowId, {
        invoke: async () => {
          throw new Error("injected failure after the Medusa return")
        },
      })
      const { errors } = await approving.run({ input: { id, actor, pickup_date: new Date("2026-12-01") }, throwOnError: false })
      expect(errors[0]?.error?.message).toContain("injected failure")
      const undone = (await api.get(`/api/v1/seller/aftersales/${id}`, { headers: fashion.headers })).data.data
      expect(undone).toMatchObject({ state: "requested", returnId: null, approvedAt: null, pickup: { date: null } })
      expect(undone.history.map((h: { toState: string }) => h.toState)).toEqual(["requested"])
      // Nothing is left open on the order: the approval goes through on the next try.
      expect((await act(fashion, id, "approve", { pickupDate: "2026-12-01" })).status).toEqual(200)
      expect((await act(fashion, id, "receive")).status).toEqual(200)

      const completing = completeAftersalesRequestWorkflow(container)
      completing.appendAction("throw", refundOrderWorkflowId, {
        invoke: async () => {
          throw new Error("injected failure after the refund")
        },
      })
      const failed = await completing.run({ input: { id, actor }, throwOnError: false })
      expect(failed.errors[0]?.error?.message).toContain("injected failure")
      expect((await api.get(`/api/v1/seller/aftersales/${id}`, { headers: fashion.headers })).data.data.state).toEqual("received")
      expect(portone.server().v1Payment(order.payment.impUid)).toMatchObject({ cancel_amount: 16900 })

      const retried = await act(fashion, id, "complete")
      expect(retried.data.data).toMatchObject({ state: "completed" })
      expect(retried.data.data.refundedAt).toBeTruthy()
      expect(cancelsOf(order.payment.impUid)).toHaveLength(1)
      expect(portone.server().v1Payment(order.payment.impUid)).toMatchObject({ cancel_amount: 16900 })
    })

    it("gives operators every request with filters, the history, and approve/reject overrides", async () => {
      const admin = await createAdmin(container, api)
      const order = await deliveredTee()
      const created = await requestReturn(order, { items: [line(order)], reason: "wrong_item" })
      const id = created.data.data.id

      const list = await api.get(`/admin/aftersales?state=requested&type=return&seller_id=${fashion.id}`, { headers: admin })
      expect(list.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
      expect(list.data.aftersales_requests[0]).toMatchObject({ id, state: "requested", seller: { id: fashion.id, name: "고팡패션" } })
      expect((await api.get(`/admin/aftersales?seller_id=${kids.id}`, { headers: admin })).data.count).toEqual(0)
      expect((await api.get("/admin/aftersales", ok)).status).toEqual(401)

      const approved = await api.post(`/admin/aftersales/${id}/approve`, { pickup_date: "2026-12-03" }, { headers: admin })
      expect(approved.data.aftersales_request).toMatchObject({ id, state: "pickup_scheduled", order: { id: order.order.id } })
      const detail = await api.get(`/admin/aftersales/${id}`, { headers: admin })
      expect(detail.data.aftersales_request.history.map((h: { to_state: string; actor_type: string }) => [h.to_state, h.actor_type])).toEqual([
        ["requested", "customer"],
        ["approved", "admin"],
        ["pickup_scheduled", "admin"],
      ])
      expect((await api.post(`/admin/aftersales/${id}/reject`, { reason: "x" }, { headers: admin, ...ok })).status).toEqual(409)
      expect((await api.get("/admin/aftersales/asr_missing", { headers: admin, ...ok })).status).toEqual(404)
    })
  },
})
