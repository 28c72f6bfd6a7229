import type { MiddlewareRoute } from "@medusajs/framework/http"
import { SellerStatus } from "../../../../../modules/seller/types"
import { requireActor } from "../../../../utils/authenticate"
import { validateBody, validateQuery } from "../../../../utils/validate"
import { requireSellerStatus, SELLER_ACTOR } from "../helpers"
import { HideReviewBody, SellerReviewsQuery } from "./validators"

const sellerAuth = requireActor(SELLER_ACTOR, ["bearer"])
// A suspended seller still answers for what it sold; a pending one has no products yet.
const listingSeller = requireSellerStatus([SellerStatus.ACTIVE, SellerStatus.SUSPENDED])

export const sellerReviewMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/api/v1/seller/reviews",
    middlewares: [sellerAuth, listingSeller, validateQuery(SellerReviewsQuery)],
  },
  {
    method: ["POST"],
    matcher: "/api/v1/seller/reviews/:reviewId/hide",
    middlewares: [sellerAuth, listingSeller, validateBody(HideReviewBody)],
  },
]
