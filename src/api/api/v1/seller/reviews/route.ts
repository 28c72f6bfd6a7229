import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_MODULE, type ReviewDTO, type ReviewModuleService } from "../../../../../modules/review"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { maskedNames, myReviewView, type MyReviewView } from "../../reviews/views"
import type { SellerReviewsQueryType } from "./validators"

/** GET /api/v1/seller/reviews?status=&itemId=&page=&size= — reviews of the seller's own products. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, SellerReviewsQueryType>,
  res: ApiV1Response<MyReviewView[]>
) => {
  const { status, itemId, page, size } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["products.id"],
    filters: { id: req.auth_context.actor_id },
  })
  const own = ((data[0]?.products ?? []) as ({ id: string } | null)[]).flatMap((product) => (product ? [product.id] : []))
  const productIds = itemId ? own.filter((id) => id === itemId) : own
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [rows, total] = productIds.length
    ? await reviews.listAndCountReviews(
        { product_id: productIds, ...(status ? { status } : {}) },
        { relations: ["images"], order: { created_at: "DESC", id: "DESC" }, take: size, skip: (page - 1) * size }
      )
    : [[], 0]
  const list = rows as unknown as ReviewDTO[]
  const names = await maskedNames(
    req.scope,
    list.map((review) => review.customer_id)
  )
  sendOk(
    res,
    list.map((review) => myReviewView(review, names)),
    { meta: { page, size, total } }
  )
}
