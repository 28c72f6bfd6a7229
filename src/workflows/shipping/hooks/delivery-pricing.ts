import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  calculateShippingOptionsPricesWorkflow,
  fetchShippingOptionForOrderWorkflow,
  listShippingOptionsForCartWithPricingWorkflow,
} from "@medusajs/medusa/core-flows"
import { DELIVERY_QUOTE_CONTEXT_KEY } from "../../../modules/delivery"
import { quoteCartDelivery, quoteOrderDelivery } from "../utils/delivery-quote"

/**
 * The store API prices 고팡 택배 (a calculated shipping option of the `gopang_delivery` provider)
 * through these two workflows: listing a cart's options (also run when a shipping method is added
 * or refreshed) and `POST /store/shipping-options/:id/calculate`. Both get the cart's per-seller
 * quote here, so the option shows what the order saga will charge. Medusa's order workflows (an
 * exchange's replacement shipment) price it for the order.
 */
listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(async ({ input }, { container }) => {
  return new StepResponse({ [DELIVERY_QUOTE_CONTEXT_KEY]: await quoteCartDelivery(container, input.cart_id) })
})

calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(async ({ input }, { container }) => {
  return new StepResponse({ [DELIVERY_QUOTE_CONTEXT_KEY]: await quoteCartDelivery(container, input.cart_id) })
})

fetchShippingOptionForOrderWorkflow.hooks.setCalculatedShippingPricingContext(async ({ input }, { container }) => {
  return new StepResponse({ [DELIVERY_QUOTE_CONTEXT_KEY]: await quoteOrderDelivery(container, input.order_id) })
})
