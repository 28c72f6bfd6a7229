import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ReviewStatus, type ReviewDTO } from "../../../../../modules/review"
import { changeReviewStatusWorkflow } from "../../../../../workflows/review/workflows/change-review-status"
import type { AdminRemoveReviewType } from "../../validators"

/** POST /admin/reviews/:id/remove `{ reason }` — takes a review off every shopper page (restorable). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRemoveReviewType>,
  res: MedusaResponse<{ review: ReviewDTO }>
) => {
  const { result } = await changeReviewStatusWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      actor: { type: "admin", id: req.auth_context.actor_id },
      status: ReviewStatus.REMOVED,
      reason: req.validatedBody.reason,
    },
  })
  res.json({ review: result })
}
