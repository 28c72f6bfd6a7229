import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, type ReviewDTO, type ReviewModuleService, type ReviewStatus } from "../../../modules/review"

export type SetReviewStatusStepInput = { review: ReviewDTO; status: ReviewStatus; reason: string | null }

type Previous = { id: string; status: ReviewStatus; status_reason: string | null; status_changed_at: Date | null }

export const setReviewStatusStepId = "set-review-status"

/** Publishes, hides or removes a review with the reason. Compensation: the previous status. */
export const setReviewStatusStep = createStep(
  setReviewStatusStepId,
  async ({ review, status, reason }: SetReviewStatusStepInput, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const previous: Previous = {
      id: review.id,
      status: review.status,
      status_reason: review.status_reason,
      status_changed_at: (review as ReviewDTO & { status_changed_at?: Date | null }).status_changed_at ?? null,
    }
    const updated = await reviews.updateReviews({
      id: review.id,
      status,
      status_reason: reason,
      status_changed_at: new Date(),
    })
    return new StepResponse(updated as unknown as ReviewDTO, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).updateReviews(previous)
  }
)
