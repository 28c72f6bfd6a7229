import type { MedusaRequest } from "@medusajs/framework/http"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../../modules/review"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import type { ProductReviewsQueryType } from "../validators"
import { filteredTotal, reviewViews, summaryView, type ReviewSummaryView, type ReviewView } from "../views"

type ProductReviews = { summary: ReviewSummaryView; reviews: ReviewView[] }

/**
 * GET /api/v1/reviews/item?itemId=&sort=best|latest&rating=1..5&photoOnly=&page=&size= — a
 * product's published reviews and its summary (average to one decimal, count, count per star).
 * `best`: most helpful votes first, then newest. Totals come from the maintained summary.
 */
export const GET = async (req: MedusaRequest<unknown, ProductReviewsQueryType>, res: ApiV1Response<ProductReviews>) => {
  const { itemId, sort, rating, photoOnly, page, size } = req.validatedQuery
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [summary, rows] = await Promise.all([
    reviews.retrieveSummary(itemId),
    reviews.listProductReviewPage({ productId: itemId, sort, rating, photoOnly, limit: size, offset: (page - 1) * size }),
  ])
  sendOk(
    res,
    { summary: summaryView(summary), reviews: await reviewViews(req.scope, rows) },
    { meta: { page, size, total: filteredTotal(summary, rating, photoOnly) } }
  )
}
