import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"
import { listPurchasedLineItems, type DeliveredLineItem } from "../utils/delivered-items"

export type ValidateReviewEligibilityStepInput = { customer_id: string; line_item_id: string }
export type ReviewEligibility = DeliveredLineItem & { seller_id: string | null }

export const validateReviewEligibilityStepId = "validate-review-eligibility"

/**
 * Verified purchase only: the line item must be in one of the caller's orders (else 404, as for
 * anything not theirs), delivered (else 400), and not reviewed yet (else 409). Reads only.
 */
export const validateReviewEligibilityStep = createStep(
  validateReviewEligibilityStepId,
  async ({ customer_id, line_item_id }: ValidateReviewEligibilityStepInput, { container }) => {
    const purchased = (await listPurchasedLineItems(container, customer_id)).find(
      (item) => item.line_item_id === line_item_id
    )
    if (!purchased) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "구매한 상품을 찾을 수 없습니다.")
    }
    if (!purchased.delivered_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "배송이 완료된 상품만 리뷰를 작성할 수 있습니다.")
    }
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const [existing] = await reviews.listReviews({ line_item_id }, { select: ["id"], take: 1 })
    if (existing) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "이미 리뷰를 작성한 주문 상품입니다.")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "seller.id"],
      filters: { id: purchased.product_id },
    })
    const seller = products[0]?.seller as { id: string } | null | undefined
    return new StepResponse<ReviewEligibility>({
      ...purchased,
      delivered_at: purchased.delivered_at,
      seller_id: seller?.id ?? null,
    })
  }
)
