import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { endSessionsOnLogout, stampSessionCreation } from "../utils/reject-ended-session"
import { ResetPasswordBody } from "./validators"

/** Medusa's own `/auth` routes, where Gopang adds to what they do (session lifetimes). */
export const authSessionMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/session", middlewares: [stampSessionCreation] },
  { method: ["DELETE"], matcher: "/auth/session", middlewares: [endSessionsOnLogout] },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/:auth_provider/update",
    middlewares: [validateAndTransformBody(ResetPasswordBody)],
  },
]
