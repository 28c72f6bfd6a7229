import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireActor } from "../../../utils/authenticate"
import { validateBody, validateQuery } from "../../../utils/validate"
import { AftersalesListQuery, CreateExchangeBody } from "../return/validators"

const customer = requireActor("customer", ["bearer", "session"])

export const exchangeRoutes: MiddlewareRoute[] = [
  { matcher: "/api/v1/exchange", methods: ["GET"], middlewares: [customer, validateQuery(AftersalesListQuery)] },
  { matcher: "/api/v1/exchange/:id", methods: ["POST"], middlewares: [customer, validateBody(CreateExchangeBody)] },
  { matcher: "/api/v1/exchange/:id", methods: ["GET", "DELETE"], middlewares: [customer] },
]
