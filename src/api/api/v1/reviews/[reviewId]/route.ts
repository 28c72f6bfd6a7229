import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { deleteReviewWorkflow } from "../../../../../workflows/review/workflows/delete-review"
import { updateReviewWorkflow } from "../../../../../workflows/review/workflows/update-review"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { prepareReviewImages, uploadedFiles } from "../uploads"
import type { UpdateReviewBodyType } from "../validators"
import { maskedNames, myReviewView, type MyReviewView } from "../views"

/**
 * PUT /api/v1/reviews/{reviewId} — the author edits rating, title, content; multipart `images`
 * are added after the kept ones, `removeImageIds` are taken off (their files deleted). Not the
 * author's: 404.
 */
export const PUT = async (
  req: AuthenticatedMedusaRequest<UpdateReviewBodyType>,
  res: ApiV1Response<MyReviewView>
) => {
  const { removeImageIds, ...changes } = req.validatedBody
  const images = await prepareReviewImages(uploadedFiles(req))
  const { result } = await updateReviewWorkflow(req.scope).run({
    input: {
      review_id: req.params.reviewId,
      customer_id: req.auth_context.actor_id,
      changes,
      remove_image_ids: removeImageIds ?? [],
      images,
    },
  })
  const names = await maskedNames(req.scope, [result.customer_id])
  sendOk(res, myReviewView(result, names))
}

/** DELETE /api/v1/reviews/{reviewId} — the author deletes it; its photos leave storage. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: ApiV1Response<{ reviewId: string; deleted: true }>) => {
  await deleteReviewWorkflow(req.scope).run({
    input: { review_id: req.params.reviewId, customer_id: req.auth_context.actor_id },
  })
  sendOk(res, { reviewId: req.params.reviewId, deleted: true })
}
