import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_MODULE, type ReviewDTO, type ReviewModuleService } from "../../../modules/review"
import type { AdminGetReviewsParamsType } from "./validators"

/** GET /admin/reviews — every review in any state, newest first, filtered; Medusa's list shape. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReviewsParamsType>,
  res: MedusaResponse<{ reviews: ReviewDTO[]; count: number; limit: number; offset: number }>
) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
  const [reviews, count] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews(defined, { relations: ["images"], order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset })
  res.json({ reviews: reviews as unknown as ReviewDTO[], count, limit, offset })
}
