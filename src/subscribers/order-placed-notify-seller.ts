import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../modules/order-group"
import { notifySellerOfOrderWorkflow } from "../workflows/order"

/** Tells the seller about a new order placed through the saga (a system notice in chat). */
export default async function orderPlacedNotifySeller({ event, container }: SubscriberArgs<{ id: string }>) {
  const [delivery] = await container
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listOrderDeliveries({ order_id: event.data.id }, { select: ["id"] })
  if (!delivery) {
    return
  }
  await notifySellerOfOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
