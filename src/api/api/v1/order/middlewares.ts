import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireActor } from "../../../utils/authenticate"
// validateBody never echoes received values: this body may carry a card.
import { validateBody } from "../../../utils/validate"
import { parseCardBody } from "../../../utils/json-body"
import { PlaceOrderBody } from "./validators"

const customer = requireActor("customer", ["bearer"])

export const orderRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/api/v1/order", bodyParser: false, middlewares: [customer, parseCardBody, validateBody(PlaceOrderBody)] },
  { method: ["DELETE"], matcher: "/api/v1/order/:orderId", middlewares: [customer] },
]
