import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DeliveryState, ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../modules/order-group"
import { OrderDeliveryEvents } from "../workflows/order/events"
import { notifySellerOfOrderWorkflow } from "../workflows/order"

/**
 * Tells the seller when the customer cancels a seller order before it ships (DELETE
 * /api/v1/order/{id} or POST /api/v1/payment/cancel): a system notice in the order's chat room,
 * so nothing is packed or shipped for a refunded order.
 */
export default async function orderCancelledNotifySeller({ event, container }: SubscriberArgs<{ id: string }>) {
  const [delivery] = await container
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listOrderDeliveries({ id: event.data.id }, { select: ["id", "order_id", "state"] })
  if (!delivery || delivery.state !== DeliveryState.CANCELLED) {
    return
  }
  await notifySellerOfOrderWorkflow(container).run({ input: { order_id: delivery.order_id, kind: "cancelled" } })
}

export const config: SubscriberConfig = { event: OrderDeliveryEvents.STATE_CHANGED }
