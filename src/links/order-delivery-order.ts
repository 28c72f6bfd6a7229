import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrderGroupModule from "../modules/order-group"

/**
 * Read-only: an order_delivery row names its Medusa order by id, so query.graph can join
 * `order_delivery.order` (and `order.order_delivery`) without a link table.
 */
export default defineLink(
  { linkable: OrderGroupModule.linkable.orderDelivery, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
