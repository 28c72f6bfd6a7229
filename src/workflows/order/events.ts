/** Order saga events (payloads carry ids only). Medusa's own `order.placed` is emitted per seller order. */
export const OrderGroupEvents = {
  PLACED: "order_group.placed",
} as const

export const OrderDeliveryEvents = {
  /** `{ id }` of the order_delivery whose state changed (its events hold from, to, who, why). */
  STATE_CHANGED: "order_delivery.state_changed",
} as const
