import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AftersalesModule from "../modules/aftersales"

/** The Medusa return made when a request is approved (`aftersales_request.return`). */
export default defineLink(
  { linkable: AftersalesModule.linkable.aftersalesRequest, field: "return_id" },
  OrderModule.linkable.return,
  { readOnly: true }
)
