import type { FileDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, type ReviewDTO, type ReviewModuleService } from "../../../modules/review"
import type { ReviewEligibility } from "./validate-review-eligibility"
import { imageRows, type PreparedReviewImage } from "../utils/review-images"

export type CreateReviewStepInput = {
  customer_id: string
  eligibility: ReviewEligibility
  title: string
  content: string | null
  rating: number
  images: PreparedReviewImage[]
  files: FileDTO[]
}

export const createReviewStepId = "create-review"

/** Creates the review and its image rows (the files are already stored). Compensation: deletes both. */
export const createReviewStep = createStep(
  createReviewStepId,
  async (input: CreateReviewStepInput, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const { eligibility } = input
    const review = await reviews
      .createReviews({
        product_id: eligibility.product_id,
        variant_id: eligibility.variant_id,
        order_id: eligibility.order_id,
        line_item_id: eligibility.line_item_id,
        customer_id: input.customer_id,
        seller_id: eligibility.seller_id,
        title: input.title,
        content: input.content,
        rating: input.rating,
        has_photos: input.images.length > 0,
      })
      .catch(async (error: Error) => {
        // Two requests for one line item at once: the unique index decides, the loser gets 409
        // (told by the row that won, not by the database's message).
        const [existing] = await reviews.listReviews({ line_item_id: eligibility.line_item_id }, { select: ["id"], take: 1 })
        if (existing) {
          throw new MedusaError(MedusaError.Types.CONFLICT, "이미 리뷰를 작성한 주문 상품입니다.", "review_exists")
        }
        throw error
      })
    const rows = imageRows(input.images, input.files)
    if (rows.length) {
      await reviews.createReviewImages(rows.map((row) => ({ ...row, review_id: review.id })))
    }
    const created = await reviews.retrieveReview(review.id, { relations: ["images"] })
    return new StepResponse(created as unknown as ReviewDTO, review.id)
  },
  async (reviewId, { container }) => {
    if (!reviewId) {
      return
    }
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).deleteReviews(reviewId)
  }
)
