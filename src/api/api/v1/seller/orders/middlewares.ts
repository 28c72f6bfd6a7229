import type { MiddlewareRoute } from "@medusajs/framework/http"
import { SellerStatus } from "../../../../../modules/seller/types"
import { requireActor } from "../../../../utils/authenticate"
import { validateBody, validateQuery } from "../../../../utils/validate"
import { requireSellerStatus, SELLER_ACTOR } from "../helpers"
import { SellerOrderActionBody, SellerOrdersQuery } from "./validators"

const sellerAuth = requireActor(SELLER_ACTOR, ["bearer"])
// A suspended seller still has to ship or cancel what was already bought.
const servingSeller = requireSellerStatus([SellerStatus.ACTIVE, SellerStatus.SUSPENDED])

export const sellerOrderRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/api/v1/seller/orders", middlewares: [sellerAuth, servingSeller, validateQuery(SellerOrdersQuery)] },
  { method: ["GET"], matcher: "/api/v1/seller/orders/:orderId", middlewares: [sellerAuth, servingSeller] },
  {
    method: ["POST"],
    matcher: "/api/v1/seller/orders/:orderId/:action",
    middlewares: [sellerAuth, servingSeller, validateBody(SellerOrderActionBody)],
  },
]
