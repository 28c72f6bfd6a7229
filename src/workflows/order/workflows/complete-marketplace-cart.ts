import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCheckoutCartStep } from "../steps/complete-checkout-cart"
import { prepareCartCheckoutStep, type CartCheckoutPayment } from "../steps/prepare-cart-checkout"
import { registerSessionPaymentStep } from "../steps/register-session-payment"
import { placeOrderWorkflow } from "./place-order"

export type CompleteMarketplaceCartWorkflowInput = {
  cart_id: string
  /** The signed-in caller (checked against the cart's owner); absent for a PortOne webhook. */
  customer_id?: string
  payment: CartCheckoutPayment
}

export type CompleteMarketplaceCartWorkflowOutput = {
  /** The first seller order: the one linked to the cart and answered to the store API. */
  order_id: string
  group_id: string | null
  order_ids: string[]
  /** True when the cart had been completed before: nothing was placed or charged now. */
  already_completed: boolean
}

export const completeMarketplaceCartWorkflowId = "complete-marketplace-cart"

/**
 * A cart becomes a purchase through the order saga, whoever asks: the store API's
 * `/store/carts/:id/complete`, a PortOne "paid" webhook for the cart's payment session, and
 * `/api/v1/payment/pay { cartId }`. Under the cart's lock (the key Medusa's own completion and
 * payment processing use), so two of them never both place it; a completed cart answers its order.
 */
export const completeMarketplaceCartWorkflow = createWorkflow(
  completeMarketplaceCartWorkflowId,
  (input: CompleteMarketplaceCartWorkflowInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
    const checkout = prepareCartCheckoutStep(input)

    const placed = when("place-open-cart", { checkout }, ({ checkout }) => !checkout.completed_order_id).then(() => {
      const place = transform({ checkout }, ({ checkout }) => checkout.place!)
      registerSessionPaymentStep(
        transform({ place }, ({ place }) =>
          place.payment.flow === "v2_browser"
            ? { customer_id: place.customer_id, payment_id: place.payment.merchant_uid, amount: place.payment.amount }
            : null
        )
      )
      const result = placeOrderWorkflow.runAsStep({ input: place })
      completeCheckoutCartStep({ cart_id: input.cart_id })
      return result
    })

    releaseLockStep({ key: input.cart_id })

    return new WorkflowResponse(
      transform({ checkout, placed }, ({ checkout, placed }): CompleteMarketplaceCartWorkflowOutput => {
        if (checkout.completed_order_id || !placed) {
          return { order_id: checkout.completed_order_id!, group_id: null, order_ids: [checkout.completed_order_id!], already_completed: true }
        }
        return {
          order_id: placed.orders[0].order_id,
          group_id: placed.group_id,
          order_ids: placed.orders.map((order) => order.order_id),
          already_completed: false,
        }
      })
    )
  }
)
