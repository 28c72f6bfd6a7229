import { defineMiddlewares } from "@medusajs/framework/http"
import { apiErrorHandler } from "./utils/error-handler"
import { rejectRevokedToken } from "./utils/reject-revoked-token"
import { adminTermsMiddlewares } from "./admin/terms/middlewares"
import { policiesMiddlewares } from "./v1/policies/middlewares"
import { userMiddlewares } from "./v1/user/middlewares"

/**
 * Medusa loads this one file; each resource keeps its own array in
 * `src/api/<surface>/<resource>/middlewares.ts` and is listed here.
 */
export default defineMiddlewares({
  errorHandler: apiErrorHandler(),
  routes: [
    { matcher: "/store/*", middlewares: [rejectRevokedToken] },
    { matcher: "/admin/*", middlewares: [rejectRevokedToken] },
    { matcher: "/auth/*", middlewares: [rejectRevokedToken] },
    { matcher: "/api/*", middlewares: [rejectRevokedToken] },
    ...userMiddlewares,
    ...policiesMiddlewares,
    ...adminTermsMiddlewares,
  ],
})
