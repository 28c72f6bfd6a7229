import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminSellersQuerySchema, AdminSuspendSellerSchema } from "./validators"

/** `/admin/*` routes are authenticated as operators (actor `user`) by Medusa itself. */
export const adminSellerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/sellers",
    middlewares: [validateAndTransformQuery(AdminSellersQuerySchema, { isList: true, defaults: ["id"] })],
  },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/suspend",
    middlewares: [validateAndTransformBody(AdminSuspendSellerSchema)],
  },
]
