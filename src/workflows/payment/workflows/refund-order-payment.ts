import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateOrderRefundStep } from "../steps"

export type RefundOrderPaymentWorkflowInput = { order_id: string; customer_id: string; amount?: number }

export const refundOrderPaymentWorkflowId = "refund-order-payment"

/**
 * A shopper's full or partial cancel of their own order's payment. The refund itself is Medusa's
 * refundPaymentWorkflow, so the payment's refunds and the order's transactions stay right; the
 * provider sends PortOne the balance before it as the checksum.
 */
export const refundOrderPaymentWorkflow = createWorkflow(refundOrderPaymentWorkflowId, (input: RefundOrderPaymentWorkflowInput) => {
  const refund = validateOrderRefundStep(input)
  refundPaymentWorkflow.runAsStep({
    input: { payment_id: refund.payment_id, amount: refund.amount, note: "구매자 결제 취소" },
  })
  return new WorkflowResponse(refund)
})
