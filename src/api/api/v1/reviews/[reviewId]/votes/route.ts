import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../../../modules/review"
import { voteReviewWorkflow } from "../../../../../../workflows/review/workflows/vote-review"
import { sendOk, type ApiV1Response } from "../../../../../utils/envelope"
import type { VoteReviewBodyType } from "../../validators"

type VoteView = { reviewId: string; myVote: "helpful" | "not_helpful" | null; helpfulCount: number; notHelpfulCount: number }

async function voteView(req: AuthenticatedMedusaRequest, current: boolean | null): Promise<VoteView> {
  const review = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .retrieveReview(req.params.reviewId, { select: ["id", "helpful_count", "not_helpful_count"] })
  return {
    reviewId: review.id,
    myVote: current === null ? null : current ? "helpful" : "not_helpful",
    helpfulCount: Number(review.helpful_count),
    notHelpfulCount: Number(review.not_helpful_count),
  }
}

/** POST /api/v1/reviews/{reviewId}/votes `{ helpful }` — 도움이 돼요 / 안 돼요; voting again changes it. */
export const POST = async (req: AuthenticatedMedusaRequest<VoteReviewBodyType>, res: ApiV1Response<VoteView>) => {
  const { result } = await voteReviewWorkflow(req.scope).run({
    input: { review_id: req.params.reviewId, customer_id: req.auth_context.actor_id, helpful: req.validatedBody.helpful },
  })
  sendOk(res, await voteView(req, result.current))
}

/** DELETE /api/v1/reviews/{reviewId}/votes — withdraws my vote. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: ApiV1Response<VoteView>) => {
  const { result } = await voteReviewWorkflow(req.scope).run({
    input: { review_id: req.params.reviewId, customer_id: req.auth_context.actor_id, helpful: null },
  })
  sendOk(res, await voteView(req, result.current))
}
