import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validate"
import { GetPolicyParams } from "./validators"

/** `/api/v1/policies/*`: public, read-only. */
export const policiesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/api/v1/policies/:policy", middlewares: [validateQuery(GetPolicyParams)] },
]
