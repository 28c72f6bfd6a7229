import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SellerModule from "../modules/seller"

/** The seller an order (or a per-seller split of a checkout) belongs to: one seller, many orders. */
export default defineLink(SellerModule.linkable.seller, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
