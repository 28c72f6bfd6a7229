import { Module } from "@medusajs/framework/utils"
import SellerModuleService from "./service"

export const SELLER_MODULE = "seller"

export default Module(SELLER_MODULE, {
  service: SellerModuleService,
})

export type { default as SellerModuleService } from "./service"
export * from "./types"
export { isPurchasable, purchasabilityOf } from "./utils/purchasable"
export type { NotPurchasableReason, Purchasability, PurchasableDetail } from "./utils/purchasable"
export {
  isValidBusinessRegistrationNumber,
  normalizeBusinessRegistrationNumber,
} from "./utils/business-registration-number"
export { detailHtmlFile, sanitizeDetailHtml } from "./utils/detail-html"
