/** Events of the returns and exchanges domain; payloads carry ids only (`{ id }`). */
export const AftersalesEvents = {
  REQUESTED: "aftersales_request.requested",
  CANCELLED: "aftersales_request.cancelled",
  APPROVED: "aftersales_request.approved",
  REJECTED: "aftersales_request.rejected",
  RECEIVED: "aftersales_request.received",
  COMPLETED: "aftersales_request.completed",
} as const
