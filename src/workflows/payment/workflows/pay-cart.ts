import { completeCartWorkflow, createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PORTONE_PROVIDER_ID } from "../../../modules/portone"
import { authorizePortOnePaymentStep, validateCartPaymentStep, validatePaymentAmountStep } from "../steps"

export type PayCartWorkflowInput = {
  cart_id: string
  customer_id: string
  /** What the shopper confirmed, in whole won. */
  amount: number
  card_token: string
}

export type PayCartWorkflowOutput = { order_id: string; payment_id: string }

export const payCartWorkflowId = "pay-cart"

/**
 * Pays the caller's cart by card through PortOne and turns it into an order.
 *
 * The charge comes before completion because a keyed card payment cannot be deferred; if
 * completion then fails (stock ran out, a hook refused it), completeCartWorkflow refunds the
 * captured payment and this workflow's compensation voids whatever PortOne still holds.
 */
export const payCartWorkflow = createWorkflow(payCartWorkflowId, (input: PayCartWorkflowInput) => {
  const cart = validateCartPaymentStep({ cart_id: input.cart_id, customer_id: input.customer_id })

  const created = when("create-cart-payment-collection", { cart }, ({ cart }) => !cart.payment_collection_id).then(() =>
    createPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: cart.cart_id } })
  )
  const paymentCollectionId = transform({ cart, created }, ({ cart, created }) => cart.payment_collection_id ?? created!.id)

  // No customer_id: Medusa would then ask the provider for an account holder, which keyed card
  // payments have no use for.
  const session = createPaymentSessionsWorkflow.runAsStep({
    input: { payment_collection_id: paymentCollectionId, provider_id: PORTONE_PROVIDER_ID },
  })
  validatePaymentAmountStep({ expected: session.amount, requested: input.amount })

  const payment = authorizePortOnePaymentStep({ payment_session_id: session.id, card_token: input.card_token })
  const order = completeCartWorkflow.runAsStep({ input: { id: cart.cart_id } })

  return new WorkflowResponse(
    transform({ order, payment }, ({ order, payment }): PayCartWorkflowOutput => ({ order_id: order.id, payment_id: payment.id }))
  )
})
