import { emitEventStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FileDTO } from "@medusajs/framework/types"
import { ReviewEvents } from "../events"
import { adjustReviewSummaryStep } from "../steps/adjust-review-summary"
import { createReviewStep } from "../steps/create-review"
import { validateReviewEligibilityStep } from "../steps/validate-review-eligibility"
import { filesToUpload, type PreparedReviewImage } from "../utils/review-images"

export type CreateReviewWorkflowInput = {
  customer_id: string
  line_item_id: string
  title: string
  content: string | null
  rating: number
  images: PreparedReviewImage[]
}

export const createReviewWorkflowId = "create-review"

/**
 * A verified-purchase review: checks the delivered line item, stores the photos and thumbnails
 * through the File Module, creates the review and moves the product's summary.
 */
export const createReviewWorkflow = createWorkflow(createReviewWorkflowId, (input: CreateReviewWorkflowInput) => {
  const eligibility = validateReviewEligibilityStep({ customer_id: input.customer_id, line_item_id: input.line_item_id })

  const uploaded = when("review-has-images", { input }, ({ input }) => input.images.length > 0).then(() =>
    uploadFilesStep(transform({ input }, ({ input }) => ({ files: filesToUpload(input.images) })))
  )
  const files = transform({ uploaded }, ({ uploaded }): FileDTO[] => uploaded ?? [])

  const review = createReviewStep(
    transform({ input, eligibility, files }, ({ input, eligibility, files }) => ({
      customer_id: input.customer_id,
      eligibility,
      title: input.title,
      content: input.content,
      rating: input.rating,
      images: input.images,
      files,
    }))
  )

  adjustReviewSummaryStep(
    transform({ review }, ({ review }) => ({
      product_id: review.product_id,
      before: null,
      after: { status: review.status, rating: review.rating, has_photos: review.has_photos },
    }))
  )
  emitEventStep({
    eventName: ReviewEvents.CREATED,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id })),
  })
  return new WorkflowResponse(review)
})
