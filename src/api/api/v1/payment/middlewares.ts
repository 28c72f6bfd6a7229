import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireActor } from "../../../utils/authenticate"
// Card routes read their own body: stopped at 16 KB, and a parse failure never quotes the body.
import { parseCardBody } from "../../../utils/json-body"
// validateBody reports field paths with the schema's own messages, never the received values:
// for a card body those would put card data into the response and the request log.
import { validateBody, validateQuery } from "../../../utils/validate"
import { BrowserPaymentBody, CancelBody, DetailQuery, PayBody } from "./validators"

const customer = requireActor("customer")

export const paymentRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/api/v1/payment/pay",
    bodyParser: false,
    middlewares: [customer, parseCardBody, validateBody(PayBody)],
  },
  { method: ["GET"], matcher: "/api/v1/payment/detail", middlewares: [customer, validateQuery(DetailQuery)] },
  { method: ["POST"], matcher: "/api/v1/payment/cancel", middlewares: [customer, validateBody(CancelBody)] },
  { method: ["POST"], matcher: "/api/v1/payment/browser", middlewares: [customer, validateBody(BrowserPaymentBody)] },
]
