/** Events of the seller domain. Payloads carry ids only: `{ id }` (the seller or the product). */
export const SellerEvents = {
  CREATED: "seller.created",
  UPDATED: "seller.updated",
  APPROVED: "seller.approved",
  SUSPENDED: "seller.suspended",
  REINSTATED: "seller.reinstated",
  CLOSED: "seller.closed",
} as const

/** A seller's item is a Medusa product; `{ id }` is the product id, `seller_id` its seller. */
export const SellerItemEvents = {
  CREATED: "seller_item.created",
  UPDATED: "seller_item.updated",
  DELETED: "seller_item.deleted",
} as const
