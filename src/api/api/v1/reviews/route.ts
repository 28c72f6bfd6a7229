import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { REVIEW_MODULE, type ReviewDTO, type ReviewModuleService } from "../../../../modules/review"
import { listPurchasedLineItems, type DeliveredLineItem } from "../../../../workflows/review/utils/delivered-items"
import { createReviewWorkflow } from "../../../../workflows/review/workflows/create-review"
import { sendOk, type ApiV1Response } from "../../../utils/envelope"
import { prepareReviewImages, uploadedFiles } from "./uploads"
import type { CreateReviewBodyType, PageQueryType } from "./validators"
import {
  maskedNames,
  myReviewView,
  reviewableView,
  type MyReviewView,
  type ReviewableItemView,
} from "./views"

type MyReviews = { reviews: MyReviewView[]; reviewable: ReviewableItemView[] }

/**
 * GET /api/v1/reviews — 마이 고팡: my reviews (every state, newest first, paged) and the
 * delivered items I have not reviewed yet.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PageQueryType>, res: ApiV1Response<MyReviews>) => {
  const customerId = req.auth_context.actor_id
  const { page, size } = req.validatedQuery
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [[mine, total], purchased, reviewedAll] = await Promise.all([
    reviews.listAndCountReviews(
      { customer_id: customerId },
      { relations: ["images"], order: { created_at: "DESC", id: "DESC" }, take: size, skip: (page - 1) * size }
    ),
    listPurchasedLineItems(req.scope, customerId),
    reviews.listReviews({ customer_id: customerId }, { select: ["line_item_id"], take: null }),
  ])
  const reviewed = new Set(reviewedAll.map((review) => review.line_item_id))
  const reviewable = purchased
    .filter((item): item is DeliveredLineItem => !!item.delivered_at && !reviewed.has(item.line_item_id))
    .sort((a, b) => b.delivered_at.getTime() - a.delivered_at.getTime())
  const names = await maskedNames(req.scope, [customerId])
  sendOk(
    res,
    {
      reviews: (mine as unknown as ReviewDTO[]).map((review) => myReviewView(review, names)),
      reviewable: reviewable.map(reviewableView),
    },
    { meta: { page, size, total } }
  )
}

/**
 * POST /api/v1/reviews — multipart/form-data: `orderItemId`, `rating`, `title`, `content`, and up
 * to ten `images` (JPEG, PNG or WebP by their bytes, each ≤ 5 MB; the first is the main image).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<CreateReviewBodyType>,
  res: ApiV1Response<MyReviewView>
) => {
  const body = req.validatedBody
  const images = await prepareReviewImages(uploadedFiles(req))
  const { result } = await createReviewWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      line_item_id: body.orderItemId,
      title: body.title,
      content: body.content ?? null,
      rating: body.rating,
      images,
    },
  })
  const names = await maskedNames(req.scope, [result.customer_id])
  sendOk(res, myReviewView(result, names), { status: 201 })
}
