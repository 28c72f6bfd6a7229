import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ReviewStatus, type ReviewDTO } from "../../../../../modules/review"
import { changeReviewStatusWorkflow } from "../../../../../workflows/review/workflows/change-review-status"

/** POST /admin/reviews/:id/restore — publishes a removed or seller-hidden review again. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<{ review: ReviewDTO }>) => {
  const { result } = await changeReviewStatusWorkflow(req.scope).run({
    input: { review_id: req.params.id, actor: { type: "admin", id: req.auth_context.actor_id }, status: ReviewStatus.PUBLISHED },
  })
  res.json({ review: result })
}
