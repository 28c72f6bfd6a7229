import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../../../modules/review"
import { sendOk, type ApiV1Response } from "../../../../../utils/envelope"
import type { PageQueryType } from "../../../reviews/validators"
import { maskedNames, reviewView, type ReviewView } from "../../../reviews/views"

type ReviewerPage = {
  reviewer: { customerId: string; name: string; reviewCount: number; helpfulCount: number }
  reviews: ReviewView[]
}

/**
 * GET /api/v1/reviewers/{customerId}/reviews — a reviewer's page (clicking a reviewer's name):
 * their published reviews, newest first, reviews written and helpful votes received.
 */
export const GET = async (req: MedusaRequest<unknown, PageQueryType>, res: ApiV1Response<ReviewerPage>) => {
  const { customerId } = req.params
  const { page, size } = req.validatedQuery
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [totals, rows, names] = await Promise.all([
    reviews.reviewerTotals(customerId),
    reviews.listReviewerPage(customerId, { limit: size, offset: (page - 1) * size }),
    maskedNames(req.scope, [customerId]),
  ])
  if (!totals.review_count) {
    // Someone with no published review has no reviewer page (and customer ids are not probed).
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "리뷰어를 찾을 수 없습니다.")
  }
  sendOk(
    res,
    {
      reviewer: {
        customerId,
        name: names.get(customerId)!,
        reviewCount: totals.review_count,
        helpfulCount: totals.helpful_count,
      },
      reviews: rows.map((review) => reviewView(review, names)),
    },
    { meta: { page, size, total: totals.review_count } }
  )
}
