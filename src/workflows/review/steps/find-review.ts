import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, type ReviewDTO, type ReviewModuleService } from "../../../modules/review"

/** Who acts on a review: its author, the seller of its product, or an operator. */
export type ReviewActor = { type: "customer" | "seller" | "admin"; id: string }

export type FindReviewStepInput = { review_id: string; actor: ReviewActor }

export const findReviewStepId = "find-review"

const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, "리뷰를 찾을 수 없습니다.")

/**
 * Loads a review for an actor that may change it: the author, the seller whose product it is
 * (checked through the seller-product link now, not the seller recorded at writing), or an
 * operator. Not found and not yours answer the same 404. Reads only.
 */
export const findReviewStep = createStep(findReviewStepId, async ({ review_id, actor }: FindReviewStepInput, { container }) => {
  const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [review] = await reviews.listReviews({ id: review_id }, { relations: ["images"] })
  if (!review) {
    throw notFound()
  }
  if (actor.type === "customer" && review.customer_id !== actor.id) {
    throw notFound()
  }
  if (actor.type === "seller") {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "seller.id"], filters: { id: review.product_id } })
    if ((data[0]?.seller as { id: string } | null | undefined)?.id !== actor.id) {
      throw notFound()
    }
  }
  return new StepResponse(review as unknown as ReviewDTO)
})
