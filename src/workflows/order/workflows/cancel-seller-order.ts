import { acquireLockStep, cancelOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DeliveryActor, DeliveryState } from "../../../modules/order-group"
import { refundOrderWorkflow } from "../../payment/workflows/refund-order"
import { OrderDeliveryEvents } from "../events"
import { prepareDeliveryChangeStep } from "../steps/prepare-delivery-change"
import { setDeliveryStateStep } from "../steps/set-delivery-state"

export type CancelSellerOrderWorkflowInput = {
  order_id: string
  actor_type: DeliveryActor
  actor_id: string | null
  reason?: string
}

export const cancelSellerOrderWorkflowId = "cancel-seller-order"

/**
 * Cancels one seller order before it ships: refunds what is left of its share of the PortOne
 * payment (a partial cancel when the payment covers other sellers' orders too), then Medusa's
 * cancelOrderWorkflow releases the stock reservations. The customer's cancel ends in 주문취소,
 * the seller's in 판매자취소.
 */
export const cancelSellerOrderWorkflow = createWorkflow(cancelSellerOrderWorkflowId, (input: CancelSellerOrderWorkflowInput) => {
  const to = transform({ input }, ({ input }) =>
    input.actor_type === DeliveryActor.SELLER ? DeliveryState.SELLER_CANCELLED : DeliveryState.CANCELLED
  )
  // One cancel of an order at a time: a second one waits, then finds it cancelled (409) instead
  // of refunding again. Also when run as a step (POST /api/v1/payment/cancel).
  const lockKey = transform({ input }, ({ input }) => `order-cancel:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120, executeOnSubWorkflow: true })
  const plan = prepareDeliveryChangeStep({ order_id: input.order_id, to, actor_type: input.actor_type, actor_id: input.actor_id })
  when("refund-cancelled-order", { plan }, ({ plan }) => plan.refundable > 0).then(() => {
    refundOrderWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        order_id: input.order_id,
        amount: plan.refundable,
        note: input.actor_type === DeliveryActor.SELLER ? "판매자 취소" : "주문 취소",
        created_by: input.actor_id ?? undefined,
      })),
    })
  })
  cancelOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.actor_id ?? undefined })),
  })
  const changed = setDeliveryStateStep({
    delivery_id: plan.delivery_id,
    to,
    actor_type: input.actor_type,
    actor_id: input.actor_id,
    reason: input.reason,
  })
  emitEventStep({ eventName: OrderDeliveryEvents.STATE_CHANGED, data: transform({ changed }, ({ changed }) => ({ id: changed.id })) })
  releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
  return new WorkflowResponse(transform({ changed, plan }, ({ changed, plan }) => ({ ...changed, refunded: plan.refundable })))
})
