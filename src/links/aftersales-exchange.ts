import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AftersalesModule from "../modules/aftersales"

/** The Medusa exchange made when an exchange request is approved (`aftersales_request.order_exchange`). */
export default defineLink(
  { linkable: AftersalesModule.linkable.aftersalesRequest, field: "exchange_id" },
  OrderModule.linkable.orderExchange,
  { readOnly: true }
)
