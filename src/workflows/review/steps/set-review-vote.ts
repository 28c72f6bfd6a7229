import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, ReviewStatus, type ReviewModuleService } from "../../../modules/review"
import type { VoteChange } from "../../../modules/review/service"

export type SetReviewVoteStepInput = { review_id: string; customer_id: string; helpful: boolean | null }

export const setReviewVoteStepId = "set-review-vote"

/**
 * Casts, changes or withdraws (helpful: null) a customer's vote on a published review; nobody
 * votes on their own review. Compensation: puts the previous vote back.
 */
export const setReviewVoteStep = createStep(
  setReviewVoteStepId,
  async ({ review_id, customer_id, helpful }: SetReviewVoteStepInput, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const [review] = await reviews.listReviews({ id: review_id }, { select: ["id", "customer_id", "status"] })
    if (!review || review.status !== ReviewStatus.PUBLISHED) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "리뷰를 찾을 수 없습니다.")
    }
    if (review.customer_id === customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "자신의 리뷰에는 평가할 수 없습니다.")
    }
    const change = await reviews.setVote(review_id, customer_id, helpful)
    return new StepResponse<VoteChange, VoteChange>(change, change)
  },
  async (change, { container }) => {
    if (!change || change.previous === change.current) {
      return
    }
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).setVote(change.review_id, change.customer_id, change.previous)
  }
)
