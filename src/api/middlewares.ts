import { defineMiddlewares } from "@medusajs/framework/http"
import { chatRoutes } from "./api/v1/chat/middlewares"

export default defineMiddlewares({
  routes: [...chatRoutes],
})
