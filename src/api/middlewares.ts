import { defineMiddlewares } from "@medusajs/framework/http"
import { apiErrorHandler } from "./utils/error-handler"
import { categoryRoutes } from "./api/v1/category/middlewares"
import { itemRoutes } from "./api/v1/items/middlewares"
import { paymentRoutes } from "./api/v1/payment/middlewares"
import { policiesMiddlewares } from "./api/v1/policies/middlewares"
import { userMiddlewares } from "./api/v1/user/middlewares"
import { adminTermsMiddlewares } from "./admin/terms/middlewares"
import { chatRoutes } from "./api/v1/chat/middlewares"
import { cartRoutes } from "./api/v1/cart/middlewares"
import { rejectRevokedToken } from "./utils/reject-revoked-token"
import { rejectEndedSession } from "./utils/reject-ended-session"
import { rejectNulCharacters } from "./utils/reject-nul"
import { authSessionMiddlewares } from "./auth/middlewares"
import { guardAuthRoutes } from "./utils/login-guard"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { adminSellerMiddlewares } from "./admin/sellers/middlewares"
import { sellerApiMiddlewares } from "./api/v1/seller/middlewares"
import { adminChatMiddlewares } from "./admin/chat/middlewares"
import { orderRoutes } from "./api/v1/order/middlewares"
import { historyRoutes } from "./api/v1/history/middlewares"
import { sellerOrderRoutes } from "./api/v1/seller/orders/middlewares"
import { reviewRoutes } from "./api/v1/reviews/middlewares"
import { aftersalesRoutes } from "./api/v1/return/middlewares"
import { adminPaymentCompensationMiddlewares } from "./admin/payment-compensations/middlewares"

/**
 * Medusa loads this one file; each resource keeps its own array in
 * `src/api/<surface>/<resource>/middlewares.ts` and is listed here.
 */
export default defineMiddlewares({
  errorHandler: apiErrorHandler(),
  routes: [
    { matcher: "/store/*", middlewares: [rejectRevokedToken, rejectEndedSession] },
    { matcher: "/admin/*", middlewares: [rejectRevokedToken, rejectEndedSession] },
    { matcher: "/auth/*", middlewares: [rejectRevokedToken, rejectEndedSession] },
    { matcher: "/api/*", middlewares: [rejectRevokedToken, rejectEndedSession] },
    { matcher: "/api/v1/*", middlewares: [rejectNulCharacters] },
    // Login limits on Medusa's own login and registration routes, for every actor type.
    { method: ["POST"], matcher: "/auth/:actor_type/:auth_provider", middlewares: [guardAuthRoutes] },
    { method: ["POST"], matcher: "/auth/:actor_type/:auth_provider/register", middlewares: [guardAuthRoutes] },
    ...storeCustomerMiddlewares,
    ...storeCartMiddlewares,
    ...categoryRoutes,
    ...itemRoutes,
    ...userMiddlewares,
    ...policiesMiddlewares,
    ...adminTermsMiddlewares,
    ...sellerApiMiddlewares,
    ...adminSellerMiddlewares,
    ...adminChatMiddlewares,
    ...paymentRoutes,
    ...chatRoutes,
    ...cartRoutes,
    ...orderRoutes,
    ...historyRoutes,
    ...sellerOrderRoutes,
    ...reviewRoutes,
    ...aftersalesRoutes,
    ...adminPaymentCompensationMiddlewares,
    ...authSessionMiddlewares,
  ],
})
