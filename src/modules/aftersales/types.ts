/** Return (반품) or exchange (교환). */
export enum AftersalesType {
  RETURN = "return",
  EXCHANGE = "exchange",
}

/**
 * requested → approved | rejected → pickup_scheduled → received → completed; a customer may
 * cancel while requested.
 */
export enum AftersalesState {
  REQUESTED = "requested",
  APPROVED = "approved",
  REJECTED = "rejected",
  PICKUP_SCHEDULED = "pickup_scheduled",
  RECEIVED = "received",
  COMPLETED = "completed",
  CANCELLED = "cancelled",
}

/** The seed's reasons: 단순변심, 상품불량, 오배송, 배송지연, 기타. */
export enum AftersalesReason {
  CHANGE_OF_MIND = "change_of_mind",
  DEFECTIVE = "defective",
  WRONG_ITEM = "wrong_item",
  LATE_DELIVERY = "late_delivery",
  OTHER = "other",
}

export const REASON_LABELS: Record<AftersalesReason, string> = {
  [AftersalesReason.CHANGE_OF_MIND]: "단순변심",
  [AftersalesReason.DEFECTIVE]: "상품불량",
  [AftersalesReason.WRONG_ITEM]: "오배송",
  [AftersalesReason.LATE_DELIVERY]: "배송지연",
  [AftersalesReason.OTHER]: "기타",
}

export const STATE_LABELS: Record<AftersalesState, string> = {
  [AftersalesState.REQUESTED]: "요청",
  [AftersalesState.APPROVED]: "승인",
  [AftersalesState.REJECTED]: "거부",
  [AftersalesState.PICKUP_SCHEDULED]: "회수예정",
  [AftersalesState.RECEIVED]: "회수완료",
  [AftersalesState.COMPLETED]: "완료",
  [AftersalesState.CANCELLED]: "취소",
}

/** Who pays the return or exchange shipping. */
export enum FeePayer {
  CUSTOMER = "customer",
  SELLER = "seller",
}

export enum AftersalesActorType {
  CUSTOMER = "customer",
  SELLER = "seller",
  ADMIN = "admin",
  SYSTEM = "system",
}

/** States in which a request still holds its line items (one open request per line item). */
export const OPEN_STATES: AftersalesState[] = [
  AftersalesState.REQUESTED,
  AftersalesState.APPROVED,
  AftersalesState.PICKUP_SCHEDULED,
  AftersalesState.RECEIVED,
]

/** Which transitions each state allows. */
export const TRANSITIONS: Record<AftersalesState, AftersalesState[]> = {
  [AftersalesState.REQUESTED]: [AftersalesState.APPROVED, AftersalesState.REJECTED, AftersalesState.CANCELLED],
  [AftersalesState.APPROVED]: [AftersalesState.PICKUP_SCHEDULED],
  [AftersalesState.PICKUP_SCHEDULED]: [AftersalesState.RECEIVED],
  [AftersalesState.RECEIVED]: [AftersalesState.COMPLETED],
  [AftersalesState.REJECTED]: [],
  [AftersalesState.COMPLETED]: [],
  [AftersalesState.CANCELLED]: [],
}

/**
 * The seller's fault (상품불량, 오배송, 배송지연): the seller pays the shipping both ways and a
 * return is refunded in full with the original delivery fee.
 */
export function isSellerFault(reason: AftersalesReason): boolean {
  return reason === AftersalesReason.DEFECTIVE || reason === AftersalesReason.WRONG_ITEM || reason === AftersalesReason.LATE_DELIVERY
}

export type AftersalesWindows = {
  /** Days after delivery for change-of-mind (and other customer-side) requests. */
  change_of_mind_days: number
  /** Days after delivery for defective or wrong-item requests. */
  defect_days: number
}

export type AftersalesModuleOptions = Partial<AftersalesWindows>

export const DEFAULT_WINDOWS: AftersalesWindows = { change_of_mind_days: 7, defect_days: 90 }

/** The request window of a reason: the long one for defects and wrong items only. */
export function windowDaysFor(reason: AftersalesReason, windows: AftersalesWindows): number {
  return reason === AftersalesReason.DEFECTIVE || reason === AftersalesReason.WRONG_ITEM
    ? windows.defect_days
    : windows.change_of_mind_days
}
