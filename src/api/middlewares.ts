import { defineMiddlewares } from "@medusajs/framework/http"
import { paymentRoutes } from "./api/v1/payment/middlewares"

// One array per resource, each kept next to its routes.
export default defineMiddlewares({
  routes: [...paymentRoutes],
})
