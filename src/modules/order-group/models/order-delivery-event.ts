import { model } from "@medusajs/framework/utils"
import { DeliveryActor, DeliveryState } from "../types"
import { OrderDelivery } from "./order-delivery"

/** Every state change of a seller order: when, who, from what to what, and why. */
export const OrderDeliveryEvent = model.define("order_delivery_event", {
  id: model.id({ prefix: "odev" }).primaryKey(),
  from_state: model.enum(DeliveryState).nullable(),
  to_state: model.enum(DeliveryState),
  actor_type: model.enum(DeliveryActor),
  actor_id: model.text().nullable(),
  reason: model.text().nullable(),
  delivery: model.belongsTo(() => OrderDelivery, { mappedBy: "events" }),
})
