import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validate"
import { ListItemsQuery } from "./validators"

export const itemRoutes: MiddlewareRoute[] = [
  { matcher: "/api/v1/items", methods: ["GET"], middlewares: [validateQuery(ListItemsQuery)] },
]
