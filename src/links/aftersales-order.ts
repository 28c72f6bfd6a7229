import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AftersalesModule from "../modules/aftersales"

/** A return or exchange request's order (`aftersales_request.order`), read through its order_id. */
export default defineLink(
  { linkable: AftersalesModule.linkable.aftersalesRequest, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
