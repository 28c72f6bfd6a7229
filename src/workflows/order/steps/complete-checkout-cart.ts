import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CompleteCheckoutCartStepInput = { cart_id: string }

export const completeCheckoutCartStepId = "complete-checkout-cart"

/**
 * The shopper's cart becomes a purchase: marked completed (the saga linked it to the first seller
 * order, Medusa's `order_cart`), so completing it again answers that order and nothing completes
 * it twice (Mercur #909 skipped the link and its users got duplicate orders). Compensation
 * reopens the cart.
 */
export const completeCheckoutCartStep = createStep(
  completeCheckoutCartStepId,
  async (input: CompleteCheckoutCartStepInput, { container }) => {
    await container.resolve(Modules.CART).updateCarts([{ id: input.cart_id, completed_at: new Date() }])
    return new StepResponse(undefined, input.cart_id)
  },
  async (cartId, { container }) => {
    if (cartId) {
      await container.resolve(Modules.CART).updateCarts([{ id: cartId, completed_at: null }])
    }
  }
)
