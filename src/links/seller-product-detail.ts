import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SellerModule from "../modules/seller"

/** A product's seller-side detail (sale state and period, purchase limits, product notice). */
export default defineLink(ProductModule.linkable.product, SellerModule.linkable.sellerProductDetail)
