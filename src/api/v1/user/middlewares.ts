import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateV1Body } from "../utils/validate"
import { DeleteUserSecession, PostUserConsents, PostUserJoin, PostUserLogin, PutUserModify } from "./validators"

/** `/api/v1/user/*`: bearer tokens of customers only; ids always come from the token. */
const customerOnly = authenticate("customer", ["bearer"])

export const userMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/api/v1/user/join", middlewares: [validateV1Body(PostUserJoin)] },
  { method: ["POST"], matcher: "/api/v1/user/login", middlewares: [validateV1Body(PostUserLogin)] },
  { method: ["PUT"], matcher: "/api/v1/user/logout", middlewares: [customerOnly] },
  { method: ["PUT"], matcher: "/api/v1/user/usermodify", middlewares: [customerOnly, validateV1Body(PutUserModify)] },
  {
    method: ["DELETE"],
    matcher: "/api/v1/user/secession",
    middlewares: [customerOnly, validateV1Body(DeleteUserSecession)],
  },
  { method: ["GET"], matcher: "/api/v1/user/me", middlewares: [customerOnly] },
  { method: ["GET"], matcher: "/api/v1/user/consents", middlewares: [customerOnly] },
  { method: ["POST"], matcher: "/api/v1/user/consents", middlewares: [customerOnly, validateV1Body(PostUserConsents)] },
]
