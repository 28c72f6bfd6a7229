import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireActor } from "../../../utils/authenticate"
import { validateBody } from "../../../utils/validate"
import { DeleteUserSecession, PostUserConsents, PostUserJoin, PostUserLogin, PutUserModify } from "./validators"

/** `/api/v1/user/*`: bearer tokens of customers only; ids always come from the token. */
const customerOnly = requireActor("customer", ["bearer"])

export const userMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/api/v1/user/join", middlewares: [validateBody(PostUserJoin)] },
  { method: ["POST"], matcher: "/api/v1/user/login", middlewares: [validateBody(PostUserLogin)] },
  { method: ["PUT"], matcher: "/api/v1/user/logout", middlewares: [customerOnly] },
  { method: ["PUT"], matcher: "/api/v1/user/usermodify", middlewares: [customerOnly, validateBody(PutUserModify)] },
  {
    method: ["DELETE"],
    matcher: "/api/v1/user/secession",
    middlewares: [customerOnly, validateBody(DeleteUserSecession)],
  },
  { method: ["GET"], matcher: "/api/v1/user/me", middlewares: [customerOnly] },
  { method: ["GET"], matcher: "/api/v1/user/consents", middlewares: [customerOnly] },
  { method: ["POST"], matcher: "/api/v1/user/consents", middlewares: [customerOnly, validateBody(PostUserConsents)] },
]
