import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"

export const deleteReviewStepId = "delete-review"

/**
 * Soft-deletes a review with its images and votes (the line item can then be reviewed again).
 * Compensation: restores them.
 */
export const deleteReviewStep = createStep(
  deleteReviewStepId,
  async (reviewId: string, { container }) => {
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).softDeleteReviews(reviewId)
    return new StepResponse(reviewId, reviewId)
  },
  async (reviewId, { container }) => {
    if (!reviewId) {
      return
    }
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).restoreReviews(reviewId)
  }
)
