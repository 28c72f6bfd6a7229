import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ReviewStatus } from "../../../../../../../modules/review"
import { changeReviewStatusWorkflow } from "../../../../../../../workflows/review/workflows/change-review-status"
import { sendOk, type ApiV1Response } from "../../../../../../utils/envelope"
import type { HideReviewBodyType } from "../../validators"

type Hidden = { reviewId: string; status: ReviewStatus; statusReason: string | null }

/**
 * POST /api/v1/seller/reviews/{reviewId}/hide `{ reason }` — hides an inappropriate review of
 * the seller's own product. Another seller's review: 404.
 */
export const POST = async (req: AuthenticatedMedusaRequest<HideReviewBodyType>, res: ApiV1Response<Hidden>) => {
  const { result } = await changeReviewStatusWorkflow(req.scope).run({
    input: {
      review_id: req.params.reviewId,
      actor: { type: "seller", id: req.auth_context.actor_id },
      status: ReviewStatus.HIDDEN,
      reason: req.validatedBody.reason,
    },
  })
  sendOk(res, { reviewId: result.id, status: result.status, statusReason: result.status_reason })
}
