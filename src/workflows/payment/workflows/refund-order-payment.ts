import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateOrderRefundStep } from "../steps"
import { refundOrderWorkflow } from "./refund-order"

export type RefundOrderPaymentWorkflowInput = { order_id: string; customer_id: string; amount?: number }

export const refundOrderPaymentWorkflowId = "refund-order-payment"

/**
 * A shopper's full or partial cancel of their own order's payment. The refund itself is
 * refundOrderWorkflow (Medusa's refundPaymentWorkflow under a lock on the PortOne payment), so
 * the payment's refunds and the order's transactions stay right and PortOne gets the balance
 * before it as the checksum, even when the payment is shared with other seller orders.
 */
export const refundOrderPaymentWorkflow = createWorkflow(refundOrderPaymentWorkflowId, (input: RefundOrderPaymentWorkflowInput) => {
  const refund = validateOrderRefundStep(input)
  refundOrderWorkflow.runAsStep({
    input: transform({ refund, input }, ({ refund, input }) => ({
      order_id: input.order_id,
      amount: refund.amount,
      note: "구매자 결제 취소",
      created_by: input.customer_id,
    })),
  })
  return new WorkflowResponse(refund)
})
