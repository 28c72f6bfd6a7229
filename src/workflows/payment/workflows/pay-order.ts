import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PORTONE_PROVIDER_ID } from "../../../modules/portone"
import {
  authorizePortOnePaymentStep,
  recordOrderCaptureStep,
  validateOrderPaymentStep,
  validatePaymentAmountStep,
} from "../steps"

export type PayOrderWorkflowInput = {
  order_id: string
  customer_id: string
  amount: number
  card_token: string
}

export type PayOrderWorkflowOutput = { order_id: string; payment_id: string }

export const payOrderWorkflowId = "pay-order"

/** Pays an existing order of the caller's whose payment collection is still unpaid. */
export const payOrderWorkflow = createWorkflow(payOrderWorkflowId, (input: PayOrderWorkflowInput) => {
  const order = validateOrderPaymentStep({ order_id: input.order_id, customer_id: input.customer_id })
  const session = createPaymentSessionsWorkflow.runAsStep({
    input: { payment_collection_id: order.payment_collection_id, provider_id: PORTONE_PROVIDER_ID },
  })
  validatePaymentAmountStep({ expected: session.amount, requested: input.amount })
  const payment = authorizePortOnePaymentStep({ payment_session_id: session.id, card_token: input.card_token })
  recordOrderCaptureStep({ order_id: order.order_id, payment })

  return new WorkflowResponse(
    transform({ order, payment }, ({ order, payment }): PayOrderWorkflowOutput => ({ order_id: order.order_id, payment_id: payment.id }))
  )
})
