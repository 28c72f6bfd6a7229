import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReviewStatus } from "../../../modules/review"
import { ReviewEvents } from "../events"
import { adjustReviewSummaryStep } from "../steps/adjust-review-summary"
import { findReviewStep, type ReviewActor } from "../steps/find-review"
import { setReviewStatusStep } from "../steps/set-review-status"
import { validateReviewStatusChangeStep } from "../steps/validate-review-change"

export type ChangeReviewStatusWorkflowInput = {
  review_id: string
  actor: ReviewActor
  status: ReviewStatus
  reason?: string | null
}

export const changeReviewStatusWorkflowId = "change-review-status"

const EVENT_BY_STATUS: Record<ReviewStatus, string> = {
  [ReviewStatus.HIDDEN]: ReviewEvents.HIDDEN,
  [ReviewStatus.REMOVED]: ReviewEvents.REMOVED,
  [ReviewStatus.PUBLISHED]: ReviewEvents.RESTORED,
}

/** A seller hides a review of its product; an operator removes or restores one. */
export const changeReviewStatusWorkflow = createWorkflow(
  changeReviewStatusWorkflowId,
  (input: ChangeReviewStatusWorkflowInput) => {
    const review = findReviewStep(transform({ input }, ({ input }) => ({ review_id: input.review_id, actor: input.actor })))
    validateReviewStatusChangeStep(
      transform({ input, review }, ({ input, review }) => ({ review, actor: input.actor, status: input.status }))
    )
    const updated = setReviewStatusStep(
      transform({ input, review }, ({ input, review }) => ({
        review,
        status: input.status,
        reason: input.status === ReviewStatus.PUBLISHED ? null : input.reason ?? null,
      }))
    )
    adjustReviewSummaryStep(
      transform({ review, input }, ({ review, input }) => ({
        product_id: review.product_id,
        before: { status: review.status, rating: review.rating, has_photos: review.has_photos },
        after: { status: input.status, rating: review.rating, has_photos: review.has_photos },
      }))
    )
    emitEventStep({
      eventName: transform({ input }, ({ input }) => EVENT_BY_STATUS[input.status]),
      data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id })),
    })
    return new WorkflowResponse(updated)
  }
)
