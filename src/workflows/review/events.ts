/** Review domain events; payloads carry ids only (`{ id, product_id }`). */
export const ReviewEvents = {
  CREATED: "review.created",
  UPDATED: "review.updated",
  DELETED: "review.deleted",
  HIDDEN: "review.hidden",
  REMOVED: "review.removed",
  RESTORED: "review.restored",
  VOTED: "review.voted",
} as const

/** Events after which a product's rating summary may have changed. */
export const REVIEW_SUMMARY_EVENTS = [
  ReviewEvents.CREATED,
  ReviewEvents.UPDATED,
  ReviewEvents.DELETED,
  ReviewEvents.HIDDEN,
  ReviewEvents.REMOVED,
  ReviewEvents.RESTORED,
]

export type ReviewEventData = { id: string; product_id: string }
