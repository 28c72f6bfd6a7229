export * from "./steps"
export * from "./workflows/pay-cart"
export * from "./workflows/pay-order"
export * from "./workflows/refund-order-payment"
