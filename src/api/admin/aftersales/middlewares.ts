import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminApproveAftersalesSchema,
  AdminAftersalesQuerySchema,
  AdminCompleteAftersalesSchema,
  AdminReceiveAftersalesSchema,
  AdminRejectAftersalesSchema,
} from "./validators"

/** `/admin/*` routes are authenticated as operators (actor `user`) by Medusa itself. */
export const adminAftersalesRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/aftersales",
    middlewares: [validateAndTransformQuery(AdminAftersalesQuerySchema, { isList: true, defaults: ["id"] })],
  },
  { method: ["POST"], matcher: "/admin/aftersales/:id/approve", middlewares: [validateAndTransformBody(AdminApproveAftersalesSchema)] },
  { method: ["POST"], matcher: "/admin/aftersales/:id/reject", middlewares: [validateAndTransformBody(AdminRejectAftersalesSchema)] },
  { method: ["POST"], matcher: "/admin/aftersales/:id/receive", middlewares: [validateAndTransformBody(AdminReceiveAftersalesSchema)] },
  { method: ["POST"], matcher: "/admin/aftersales/:id/complete", middlewares: [validateAndTransformBody(AdminCompleteAftersalesSchema)] },
]
