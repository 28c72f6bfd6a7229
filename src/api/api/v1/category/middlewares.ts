import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireActor } from "../../../utils/authenticate"
import { validateBody, validateQuery } from "../../../utils/validate"
import { DeleteCategoryQuery, PostCategory, UpdateCategory } from "./validators"

const admin = requireActor("user")

export const categoryRoutes: MiddlewareRoute[] = [
  {
    matcher: "/api/v1/category",
    methods: ["POST"],
    middlewares: [admin, validateBody(PostCategory)],
  },
  {
    matcher: "/api/v1/category/:categoryId",
    methods: ["POST", "PUT"],
    middlewares: [admin, validateBody(UpdateCategory)],
  },
  {
    matcher: "/api/v1/category/:categoryId",
    methods: ["DELETE"],
    middlewares: [admin, validateQuery(DeleteCategoryQuery)],
  },
]
