import { deleteFilesStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReviewEvents } from "../events"
import { adjustReviewSummaryStep } from "../steps/adjust-review-summary"
import { deleteReviewStep } from "../steps/delete-review"
import { findReviewStep } from "../steps/find-review"

export type DeleteReviewWorkflowInput = { review_id: string; customer_id: string }

export const deleteReviewWorkflowId = "delete-review"

/** The author deletes a review: the review goes, the summary moves, its files leave storage. */
export const deleteReviewWorkflow = createWorkflow(deleteReviewWorkflowId, (input: DeleteReviewWorkflowInput) => {
  const review = findReviewStep(
    transform({ input }, ({ input }) => ({ review_id: input.review_id, actor: { type: "customer" as const, id: input.customer_id } }))
  )
  deleteReviewStep(transform({ review }, ({ review }) => review.id))
  adjustReviewSummaryStep(
    transform({ review }, ({ review }) => ({
      product_id: review.product_id,
      before: { status: review.status, rating: review.rating, has_photos: review.has_photos },
      after: null,
    }))
  )
  // Last: deleting files cannot be undone, so nothing may fail after it.
  const keys = transform({ review }, ({ review }) =>
    (review.images ?? []).flatMap((image) => [image.file_key, image.thumbnail_key])
  )
  when("review-had-images", { keys }, ({ keys }) => keys.length > 0).then(() => {
    deleteFilesStep(keys)
  })
  emitEventStep({
    eventName: ReviewEvents.DELETED,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id })),
  })
  return new WorkflowResponse(transform({ review }, ({ review }) => ({ id: review.id })))
})
