import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireActor } from "../../../utils/authenticate"
import { validateBody, validateQuery } from "../../../utils/validate"
import { SellerStatus } from "../../../../modules/seller/types"
import { requireSellerStatus, SELLER_ACTOR } from "./helpers"
import {
  SellerFileUploadSchema,
  SellerItemCreateSchema,
  SellerItemsQuerySchema,
  SellerItemUpdateSchema,
  SellerJoinSchema,
  SellerLoginSchema,
  SellerModifySchema,
} from "./validators"

/** Sellers authenticate with a bearer token of actor type `seller`; a customer's token gets 401. */
const sellerAuth = requireActor(SELLER_ACTOR, ["bearer"])
const anyOpenSeller = requireSellerStatus([SellerStatus.PENDING, SellerStatus.ACTIVE, SellerStatus.SUSPENDED])
const activeSeller = requireSellerStatus([SellerStatus.ACTIVE])
const listingSeller = requireSellerStatus([SellerStatus.ACTIVE, SellerStatus.SUSPENDED])

export const sellerApiMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/api/v1/seller/join", middlewares: [validateBody(SellerJoinSchema)] },
  { method: ["POST"], matcher: "/api/v1/seller/login", middlewares: [validateBody(SellerLoginSchema)] },
  { method: ["PUT"], matcher: "/api/v1/seller/logout", middlewares: [sellerAuth] },
  { method: ["GET"], matcher: "/api/v1/seller/sellermodify", middlewares: [sellerAuth, anyOpenSeller] },
  {
    method: ["PUT"],
    matcher: "/api/v1/seller/sellermodify",
    middlewares: [sellerAuth, anyOpenSeller, validateBody(SellerModifySchema)],
  },
  { method: ["DELETE"], matcher: "/api/v1/seller/secession", middlewares: [sellerAuth, anyOpenSeller] },
  {
    method: ["POST"],
    matcher: "/api/v1/seller/item",
    middlewares: [sellerAuth, activeSeller, validateBody(SellerItemCreateSchema)],
  },
  {
    method: ["PUT"],
    matcher: "/api/v1/seller/item/:itemId",
    middlewares: [sellerAuth, activeSeller, validateBody(SellerItemUpdateSchema)],
  },
  { method: ["DELETE"], matcher: "/api/v1/seller/item/:itemId", middlewares: [sellerAuth, listingSeller] },
  {
    method: ["GET"],
    matcher: "/api/v1/seller/items",
    middlewares: [
      sellerAuth,
      listingSeller,
      validateQuery(SellerItemsQuerySchema),
    ],
  },
  { method: ["GET"], matcher: "/api/v1/seller/items/:itemId", middlewares: [sellerAuth, listingSeller] },
  {
    method: ["POST"],
    matcher: "/api/v1/seller/files",
    // base64 grows a 5 MB file to about 6.7 MB of JSON.
    bodyParser: { sizeLimit: "7mb" },
    middlewares: [sellerAuth, activeSeller, validateBody(SellerFileUploadSchema)],
  },
]
