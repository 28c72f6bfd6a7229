import type { MiddlewareRoute } from "@medusajs/framework/http"
import { SellerStatus } from "../../../../../modules/seller/types"
import { requireActor } from "../../../../utils/authenticate"
import { validateBody, validateQuery } from "../../../../utils/validate"
import { requireSellerStatus, SELLER_ACTOR } from "../helpers"
import {
  ApproveAftersalesBody,
  CompleteAftersalesBody,
  ReceiveAftersalesBody,
  RejectAftersalesBody,
  SellerAftersalesListQuery,
} from "./validators"

/** A suspended seller still answers the returns and exchanges of orders it already sold. */
const seller = [requireActor(SELLER_ACTOR, ["bearer"]), requireSellerStatus([SellerStatus.ACTIVE, SellerStatus.SUSPENDED])]

export const sellerAftersalesRoutes: MiddlewareRoute[] = [
  { matcher: "/api/v1/seller/aftersales", methods: ["GET"], middlewares: [...seller, validateQuery(SellerAftersalesListQuery)] },
  { matcher: "/api/v1/seller/aftersales/:id", methods: ["GET"], middlewares: seller },
  { matcher: "/api/v1/seller/aftersales/:id/approve", methods: ["POST"], middlewares: [...seller, validateBody(ApproveAftersalesBody)] },
  { matcher: "/api/v1/seller/aftersales/:id/reject", methods: ["POST"], middlewares: [...seller, validateBody(RejectAftersalesBody)] },
  { matcher: "/api/v1/seller/aftersales/:id/receive", methods: ["POST"], middlewares: [...seller, validateBody(ReceiveAftersalesBody)] },
  { matcher: "/api/v1/seller/aftersales/:id/complete", methods: ["POST"], middlewares: [...seller, validateBody(CompleteAftersalesBody)] },
]
