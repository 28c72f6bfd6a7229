import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DeliveryActor } from "../../../modules/order-group"
import { cancelSellerOrderWorkflow } from "../../order/workflows/cancel-seller-order"
import { validateOrderCancelStep, type ValidateOrderCancelStepOutput } from "../steps/validate-order-cancel"
import { refundOrderWorkflow } from "./refund-order"

export type CancelOrderPaymentWorkflowInput = { order_id: string; customer_id: string; amount?: number }

export const cancelOrderPaymentWorkflowId = "cancel-order-payment"

/**
 * `POST /api/v1/payment/cancel`: the shopper cancels the payment of one order, which is cancelling
 * the order. A seller order goes through cancelSellerOrderWorkflow, exactly as
 * `DELETE /api/v1/order/{id}` (order cancelled, stock released, the seller told, its share
 * refunded once); any other order of the caller's is refunded through refundOrderWorkflow and
 * cancelled by Medusa's cancelOrderWorkflow. A payment is never refunded without its order.
 */
export const cancelOrderPaymentWorkflow = createWorkflow(cancelOrderPaymentWorkflowId, (input: CancelOrderPaymentWorkflowInput) => {
  const plan = validateOrderCancelStep(input)
  when("cancel-seller-order-payment", { plan }, ({ plan }) => plan.seller_order).then(() => {
    cancelSellerOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        actor_type: DeliveryActor.CUSTOMER,
        actor_id: input.customer_id,
      })),
    })
  })
  when("cancel-plain-order-payment", { plan }, ({ plan }) => !plan.seller_order).then(() => {
    refundOrderWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        order_id: input.order_id,
        amount: plan.refundable,
        note: "구매자 결제 취소",
        created_by: input.customer_id,
      })),
    })
    cancelOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.customer_id })),
    })
  })
  return new WorkflowResponse(transform({ plan }, ({ plan }): ValidateOrderCancelStepOutput => plan))
})
