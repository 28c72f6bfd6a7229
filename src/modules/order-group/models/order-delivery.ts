import { model } from "@medusajs/framework/utils"
import { DeliveryState } from "../types"
import { OrderDeliveryEvent } from "./order-delivery-event"
import { OrderGroup } from "./order-group"

/** One seller's order of a purchase: its delivery state, courier and tracking, history flag. */
export const OrderDelivery = model
  .define("order_delivery", {
    id: model.id({ prefix: "odlv" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    seller_id: model.text(),
    state: model.enum(DeliveryState).default(DeliveryState.PAYMENT_COMPLETED),
    /** The seller's delivery fee for this order, island surcharge included. */
    delivery_fee: model.number().default(0),
    island_surcharge: model.number().default(0),
    courier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    /** Hidden from the customer's history (주문내역 삭제); the order itself is kept. */
    hidden_at: model.dateTime().nullable(),
    group: model.belongsTo(() => OrderGroup, { mappedBy: "deliveries" }),
    events: model.hasMany(() => OrderDeliveryEvent, { mappedBy: "delivery" }),
  })
  .indexes([
    { on: ["order_id"], unique: true },
    { on: ["customer_id", "created_at"] },
    { on: ["seller_id", "state", "created_at"] },
  ])
