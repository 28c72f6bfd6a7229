import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { DeliveryProviderService } from "./service"

/** Registered as `<identifier>_<id>`: identifier `gopang`, id `delivery`. */
export const DELIVERY_PROVIDER_ID = "gopang_delivery"

export default ModuleProvider(Modules.FULFILLMENT, {
  services: [DeliveryProviderService],
})

export { DELIVERY_QUOTE_CONTEXT_KEY, type DeliveryQuote, type SellerDeliveryQuote } from "./service"
