import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"

type CompletingCart = { id: string; completed_at?: Date | string | null }

/**
 * Medusa's own cart completion never makes a Gopang order: it would make one order for every
 * seller, without the sale rules, each seller's delivery fee or the verified PortOne payment.
 * Every face completes a cart through the order saga (completeMarketplaceCartWorkflow: the store
 * API's `/store/carts/:id/complete` handler, PortOne's payment webhooks, `/api/v1/payment/pay`).
 * What is left to reach this workflow (Medusa's payment processing of a webhook from another
 * provider, a plugin) is refused before anything is reserved or authorized. Completing again a
 * cart that already has its order answers that order, as Medusa does.
 */
completeCartWorkflow.hooks.validate(async ({ cart }) => {
  const completing = cart as CompletingCart
  if (completing.completed_at) {
    return
  }
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `cart: 고팡 주문은 주문 사가로만 완료됩니다 (POST /store/carts/${completing.id}/complete 또는 POST /api/v1/order).`,
    "cart_completion_not_allowed"
  )
})
