import {
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DeliveryActor, DeliveryState } from "../../../modules/order-group"
import { OrderDeliveryEvents } from "../events"
import { prepareDeliveryChangeStep } from "../steps/prepare-delivery-change"
import { setDeliveryStateStep } from "../steps/set-delivery-state"

export type MoveOrderDeliveryWorkflowInput = {
  order_id: string
  to: DeliveryState.PREPARING | DeliveryState.READY | DeliveryState.SHIPPING | DeliveryState.DELIVERED
  actor_type: DeliveryActor
  actor_id: string | null
  courier?: string
  tracking_number?: string
  tracking_url?: string
}

export const moveOrderDeliveryWorkflowId = "move-order-delivery"

/**
 * The seller's moves: accept (상품준비중), packed (배송준비중), shipped with courier and tracking
 * number (배송중: a Medusa fulfillment plus its shipment), delivered (배송완료: the fulfillment is
 * marked delivered). Illegal moves answer 409 before anything changes.
 */
export const moveOrderDeliveryWorkflow = createWorkflow(moveOrderDeliveryWorkflowId, (input: MoveOrderDeliveryWorkflowInput) => {
  const plan = prepareDeliveryChangeStep({ order_id: input.order_id, to: input.to, actor_type: input.actor_type, actor_id: input.actor_id })

  const shipped = when("ship-seller-order", { input }, ({ input }) => input.to === DeliveryState.SHIPPING).then(() => {
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        order_id: input.order_id,
        items: plan.items,
        created_by: input.actor_id ?? undefined,
        no_notification: true,
      })),
    })
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ input, plan, fulfillment }, ({ input, plan, fulfillment }) => ({
        order_id: input.order_id,
        fulfillment_id: fulfillment.id,
        items: plan.items,
        created_by: input.actor_id ?? undefined,
        no_notification: true,
        labels: [{ tracking_number: input.tracking_number ?? "", tracking_url: input.tracking_url ?? "", label_url: "" }],
      })),
    })
    return fulfillment
  })

  when("deliver-seller-order", { input }, ({ input }) => input.to === DeliveryState.DELIVERED).then(() => {
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({ orderId: input.order_id, fulfillmentId: plan.fulfillment_id! })),
    })
  })

  const changed = setDeliveryStateStep({
    delivery_id: plan.delivery_id,
    to: input.to,
    actor_type: input.actor_type,
    actor_id: input.actor_id,
    courier: transform({ input }, ({ input }) => (input.to === DeliveryState.SHIPPING ? input.courier ?? null : undefined)),
    tracking_number: transform({ input }, ({ input }) => (input.to === DeliveryState.SHIPPING ? input.tracking_number ?? null : undefined)),
    fulfillment_id: transform({ shipped }, ({ shipped }) => shipped?.id),
  })
  emitEventStep({ eventName: OrderDeliveryEvents.STATE_CHANGED, data: transform({ changed }, ({ changed }) => ({ id: changed.id })) })
  return new WorkflowResponse(changed)
})
