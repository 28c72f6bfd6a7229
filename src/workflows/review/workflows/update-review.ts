import { deleteFilesStep, emitEventStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FileDTO } from "@medusajs/framework/types"
import { ReviewEvents } from "../events"
import { adjustReviewSummaryStep } from "../steps/adjust-review-summary"
import { findReviewStep } from "../steps/find-review"
import { updateReviewStep, type ReviewChanges } from "../steps/update-review"
import { validateReviewImagesStep } from "../steps/validate-review-change"
import { filesToUpload, type PreparedReviewImage } from "../utils/review-images"

export type UpdateReviewWorkflowInput = {
  review_id: string
  customer_id: string
  changes: ReviewChanges
  remove_image_ids: string[]
  images: PreparedReviewImage[]
}

export const updateReviewWorkflowId = "update-review"

/**
 * The author edits a review: text, rating, images removed and added. Files of removed images
 * are deleted last, once nothing can fail any more.
 */
export const updateReviewWorkflow = createWorkflow(updateReviewWorkflowId, (input: UpdateReviewWorkflowInput) => {
  const review = findReviewStep(
    transform({ input }, ({ input }) => ({ review_id: input.review_id, actor: { type: "customer" as const, id: input.customer_id } }))
  )
  validateReviewImagesStep(
    transform({ input, review }, ({ input, review }) => ({
      review,
      remove_image_ids: input.remove_image_ids,
      added: input.images.length,
    }))
  )

  const uploaded = when("review-edit-has-images", { input }, ({ input }) => input.images.length > 0).then(() =>
    uploadFilesStep(transform({ input }, ({ input }) => ({ files: filesToUpload(input.images) })))
  )
  const files = transform({ uploaded }, ({ uploaded }): FileDTO[] => uploaded ?? [])

  const updated = updateReviewStep(
    transform({ input, review, files }, ({ input, review, files }) => ({
      review,
      changes: input.changes,
      remove_image_ids: input.remove_image_ids,
      images: input.images,
      files,
    }))
  )

  adjustReviewSummaryStep(
    transform({ review, updated }, ({ review, updated }) => ({
      product_id: review.product_id,
      before: { status: review.status, rating: review.rating, has_photos: review.has_photos },
      after: { status: updated.status, rating: updated.rating, has_photos: updated.has_photos },
    }))
  )

  const removedKeys = transform({ input, review }, ({ input, review }) =>
    (review.images ?? [])
      .filter((image) => input.remove_image_ids.includes(image.id))
      .flatMap((image) => [image.file_key, image.thumbnail_key])
  )
  when("review-edit-removed-images", { removedKeys }, ({ removedKeys }) => removedKeys.length > 0).then(() => {
    deleteFilesStep(removedKeys)
  })

  emitEventStep({
    eventName: ReviewEvents.UPDATED,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id })),
  })
  return new WorkflowResponse(updated)
})
