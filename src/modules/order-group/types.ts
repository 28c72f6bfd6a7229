/**
 * The plan's delivery states (주문 ERD `order_state`), kept per seller order. Medusa's own
 * statuses stay the source of truth for money and goods; this state is what shoppers and sellers
 * see and what the seller moves:
 * - payment_completed 결제완료: order placed, PortOne payment captured, stock reserved
 * - preparing 상품준비중: the seller accepted the order
 * - ready 배송준비중: packed, waiting for the courier
 * - shipping 배송중: a Medusa fulfillment with a shipment (courier + tracking number)
 * - delivered 배송완료: the fulfillment is marked delivered
 * - cancelled 주문취소: cancelled by the customer before shipping (Medusa order canceled, refunded)
 * - payment_cancelled 결제취소: the payment was cancelled at PortOne by an operator
 * - seller_cancelled 판매자취소: cancelled by the seller (out of stock, …), refunded
 */
export enum DeliveryState {
  PAYMENT_COMPLETED = "payment_completed",
  PREPARING = "preparing",
  READY = "ready",
  SHIPPING = "shipping",
  DELIVERED = "delivered",
  CANCELLED = "cancelled",
  PAYMENT_CANCELLED = "payment_cancelled",
  SELLER_CANCELLED = "seller_cancelled",
}

export const DELIVERY_STATE_LABELS: Record<DeliveryState, string> = {
  [DeliveryState.PAYMENT_COMPLETED]: "결제완료",
  [DeliveryState.PREPARING]: "상품준비중",
  [DeliveryState.READY]: "배송준비중",
  [DeliveryState.SHIPPING]: "배송중",
  [DeliveryState.DELIVERED]: "배송완료",
  [DeliveryState.CANCELLED]: "주문취소",
  [DeliveryState.PAYMENT_CANCELLED]: "결제취소",
  [DeliveryState.SELLER_CANCELLED]: "판매자취소",
}

/** The moves allowed from each state; anything else answers 409. */
export const DELIVERY_TRANSITIONS: Record<DeliveryState, DeliveryState[]> = {
  [DeliveryState.PAYMENT_COMPLETED]: [
    DeliveryState.PREPARING,
    DeliveryState.CANCELLED,
    DeliveryState.SELLER_CANCELLED,
    DeliveryState.PAYMENT_CANCELLED,
  ],
  [DeliveryState.PREPARING]: [
    DeliveryState.READY,
    DeliveryState.CANCELLED,
    DeliveryState.SELLER_CANCELLED,
    DeliveryState.PAYMENT_CANCELLED,
  ],
  [DeliveryState.READY]: [DeliveryState.SHIPPING, DeliveryState.CANCELLED, DeliveryState.SELLER_CANCELLED],
  [DeliveryState.SHIPPING]: [DeliveryState.DELIVERED],
  [DeliveryState.DELIVERED]: [],
  [DeliveryState.CANCELLED]: [],
  [DeliveryState.PAYMENT_CANCELLED]: [],
  [DeliveryState.SELLER_CANCELLED]: [],
}

export const CANCELLED_STATES = [DeliveryState.CANCELLED, DeliveryState.PAYMENT_CANCELLED, DeliveryState.SELLER_CANCELLED]

export enum OrderGroupStatus {
  /** Claimed by a request that is still running (the Idempotency-Key is taken). */
  PENDING = "pending",
  PLACED = "placed",
  /**
   * Abandoned by a process that died mid-saga, found by the reconciliation job: no orders, any
   * charge cancelled at PortOne. Its Idempotency-Key answers with `failure_reason`.
   */
  FAILED = "failed",
}

export enum DeliveryActor {
  CUSTOMER = "customer",
  SELLER = "seller",
  ADMIN = "admin",
  SYSTEM = "system",
}

export type Receiver = {
  name: string
  phone: string
  zip_code: string
  address: string
  address_detail?: string | null
  message?: string | null
}

/** A money-moving compensation that failed once: still failing, or done on a later attempt. */
export enum PaymentCompensationStatus {
  FAILED = "failed",
  DONE = "done",
}
