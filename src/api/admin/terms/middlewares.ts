import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetTermsParams, AdminGetTermStatisticsParams, AdminPublishTerm } from "./validators"

/** `/admin/terms`: Medusa authenticates every `/admin/*` route as an admin user already. */
export const adminTermsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/terms", middlewares: [validateAndTransformQuery(AdminGetTermsParams, {})] },
  { method: ["POST"], matcher: "/admin/terms", middlewares: [validateAndTransformBody(AdminPublishTerm)] },
  {
    method: ["GET"],
    matcher: "/admin/terms/statistics",
    middlewares: [validateAndTransformQuery(AdminGetTermStatisticsParams, {})],
  },
]
