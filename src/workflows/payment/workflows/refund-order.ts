import { acquireLockStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveOrderRefundStep } from "../steps/resolve-order-refund"
import { recordGroupRefundStep, syncSharedPaymentBalanceStep } from "../steps/sync-shared-payment-balance"

export type RefundOrderWorkflowInput = {
  order_id: string
  /** Whole won; all that is left when omitted. */
  amount?: number
  /** Shown in the order's history, e.g. "반품 환불". */
  note?: string
  /** Who asked: a seller, admin or customer id. */
  created_by?: string
}

export type RefundOrderWorkflowOutput = { payment_id: string; amount: number }

export const refundOrderWorkflowId = "refund-order"

/**
 * Refunds part or all of an order's PortOne payment: the building block for cancels, seller
 * cancels and returns. Refunds against one PortOne payment are serialized under a lock on its
 * merchant_uid, because PortOne checks each partial cancel against the balance left (checksum)
 * and the orders of one purchase share that payment.
 */
export const refundOrderWorkflow = createWorkflow(refundOrderWorkflowId, (input: RefundOrderWorkflowInput) => {
  const refund = resolveOrderRefundStep({ order_id: input.order_id, amount: input.amount })
  const lockKey = transform({ refund }, ({ refund }) => `portone:${refund.merchant_uid}`)
  // executeOnSubWorkflow: Medusa skips lock steps inside a workflow run as a step, and every
  // caller (cancels, returns) runs this one as a step; without it refunds are not serialized.
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120, executeOnSubWorkflow: true })
  const shared = syncSharedPaymentBalanceStep({ payment_id: refund.payment_id, merchant_uid: refund.merchant_uid })
  refundPaymentWorkflow.runAsStep({
    input: transform({ refund, input }, ({ refund, input }) => ({
      payment_id: refund.payment_id,
      amount: refund.amount,
      note: input.note,
      created_by: input.created_by,
    })),
  })
  recordGroupRefundStep({ group_id: shared.group_id, amount: refund.amount })
  releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
  return new WorkflowResponse(
    transform({ refund }, ({ refund }): RefundOrderWorkflowOutput => ({ payment_id: refund.payment_id, amount: refund.amount }))
  )
})
