import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, type ReviewModuleService, type ReviewSummaryFacts } from "../../../modules/review"
import { isZeroDelta, negateDelta, summaryDelta, type SummaryDelta } from "../../../modules/review/utils/summary-delta"

export type AdjustReviewSummaryStepInput = {
  product_id: string
  before: ReviewSummaryFacts | null
  after: ReviewSummaryFacts | null
}

export const adjustReviewSummaryStepId = "adjust-review-summary"

/**
 * Moves the product's maintained summary (count, rating sum, per-star and per-star-with-photo
 * counts) by one review's change. Compensation: the opposite delta.
 */
export const adjustReviewSummaryStep = createStep(
  adjustReviewSummaryStepId,
  async ({ product_id, before, after }: AdjustReviewSummaryStepInput, { container }) => {
    const delta = summaryDelta(before, after)
    if (!isZeroDelta(delta)) {
      await container.resolve<ReviewModuleService>(REVIEW_MODULE).applySummaryDelta(product_id, delta)
    }
    return new StepResponse<SummaryDelta, { product_id: string; delta: SummaryDelta }>(delta, { product_id, delta })
  },
  async (compensation, { container }) => {
    if (!compensation || isZeroDelta(compensation.delta)) {
      return
    }
    await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .applySummaryDelta(compensation.product_id, negateDelta(compensation.delta))
  }
)
