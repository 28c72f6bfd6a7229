import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetReviewsParams, AdminRemoveReview, AdminRestoreReview } from "./validators"

/** `/admin/reviews`: Medusa authenticates every `/admin/*` route as an admin user already. */
export const adminReviewMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/reviews", middlewares: [validateAndTransformQuery(AdminGetReviewsParams, {})] },
  { method: ["POST"], matcher: "/admin/reviews/:id/remove", middlewares: [validateAndTransformBody(AdminRemoveReview)] },
  { method: ["POST"], matcher: "/admin/reviews/:id/restore", middlewares: [validateAndTransformBody(AdminRestoreReview)] },
]
