import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetPaymentCompensationsParams } from "./validators"

/** `/admin/payment-compensations`: Medusa authenticates every `/admin/*` route as an admin user. */
export const adminPaymentCompensationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/payment-compensations",
    middlewares: [validateAndTransformQuery(AdminGetPaymentCompensationsParams, {})],
  },
]
