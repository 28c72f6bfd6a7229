import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAX_REVIEW_IMAGES, ReviewStatus, type ReviewDTO } from "../../../modules/review"
import type { ReviewActor } from "./find-review"

export type ValidateReviewImagesStepInput = { review: ReviewDTO; remove_image_ids: string[]; added: number }

export const validateReviewImagesStepId = "validate-review-images"

/** An edit may remove only the review's own images and must end with at most ten. Reads only. */
export const validateReviewImagesStep = createStep(
  validateReviewImagesStepId,
  async ({ review, remove_image_ids, added }: ValidateReviewImagesStepInput) => {
    const own = new Set((review.images ?? []).map((image) => image.id))
    const foreign = remove_image_ids.filter((id) => !own.has(id))
    if (foreign.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `이 리뷰의 이미지가 아닙니다: ${foreign.join(", ")}`)
    }
    const total = own.size - new Set(remove_image_ids).size + added
    if (total > MAX_REVIEW_IMAGES) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `이미지는 최대 ${MAX_REVIEW_IMAGES}장까지 올릴 수 있습니다.`)
    }
    return new StepResponse(total)
  }
)

export type ValidateReviewStatusChangeStepInput = { review: ReviewDTO; actor: ReviewActor; status: ReviewStatus }

export const validateReviewStatusChangeStepId = "validate-review-status-change"

/**
 * Sellers hide published reviews of their products; operators remove any review and restore a
 * hidden or removed one. Reads only.
 */
export const validateReviewStatusChangeStep = createStep(
  validateReviewStatusChangeStepId,
  async ({ review, actor, status }: ValidateReviewStatusChangeStepInput) => {
    const allowed =
      actor.type === "seller"
        ? status === ReviewStatus.HIDDEN && review.status === ReviewStatus.PUBLISHED
        : actor.type === "admin" &&
          ((status === ReviewStatus.REMOVED && review.status !== ReviewStatus.REMOVED) ||
            (status === ReviewStatus.PUBLISHED && review.status !== ReviewStatus.PUBLISHED))
    if (!allowed) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `리뷰 상태를 ${review.status}에서 ${status}(으)로 바꿀 수 없습니다.`
      )
    }
    return new StepResponse(status)
  }
)
