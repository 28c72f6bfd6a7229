import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireActor } from "../../../utils/authenticate"
import { validateBody, validateQuery } from "../../../utils/validate"
import { exchangeRoutes } from "../exchange/middlewares"
import { sellerAftersalesRoutes } from "../seller/aftersales/middlewares"
import { adminAftersalesRoutes } from "../../../admin/aftersales/middlewares"
import { AftersalesListQuery, CreateReturnBody } from "./validators"

const customer = requireActor("customer", ["bearer", "session"])

const returnRoutes: MiddlewareRoute[] = [
  { matcher: "/api/v1/return", methods: ["GET"], middlewares: [customer, validateQuery(AftersalesListQuery)] },
  { matcher: "/api/v1/return/:id", methods: ["POST"], middlewares: [customer, validateBody(CreateReturnBody)] },
  { matcher: "/api/v1/return/:id", methods: ["GET", "DELETE"], middlewares: [customer] },
]

/** Every returns-and-exchanges route (customer, seller, admin), spread once into src/api/middlewares.ts. */
export const aftersalesRoutes: MiddlewareRoute[] = [
  ...returnRoutes,
  ...exchangeRoutes,
  ...sellerAftersalesRoutes,
  ...adminAftersalesRoutes,
]
