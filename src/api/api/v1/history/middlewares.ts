import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireActor } from "../../../utils/authenticate"
import { validateQuery } from "../../../utils/validate"
import { HistoryQuery } from "./validators"

const customer = requireActor("customer", ["bearer"])

export const historyRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/api/v1/history/:historyId", middlewares: [customer, validateQuery(HistoryQuery)] },
  { method: ["DELETE"], matcher: "/api/v1/history/:historyId", middlewares: [customer] },
  { method: ["GET"], matcher: "/api/v1/history/:historyId/receipt", middlewares: [customer] },
]
