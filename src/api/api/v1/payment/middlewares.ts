import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { requireActor } from "../../../utils/authenticate"
// validateBody reports field paths with the schema's own messages, never the received values:
// for a card body those would put card data into the response and the request log.
import { validateBody, validateQuery } from "../../../utils/validate"
import { BrowserPaymentBody, CancelBody, DetailQuery, PayBody } from "./validators"

/**
 * Reads the JSON body of a card route. Express's parser answers (and Medusa logs) a malformed
 * body with the JSON.parse message, which quotes the body: here a parse failure says nothing
 * about the content.
 */
export function parseCardJson(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const chunks: Buffer[] = []
  let size = 0
  let failed = false
  req.on("data", (chunk: Buffer) => {
    size += chunk.length
    if (size > 16 * 1024 && !failed) {
      failed = true
      next(new MedusaError(MedusaError.Types.INVALID_DATA, "요청 본문이 너무 큽니다"))
    }
    chunks.push(chunk)
  })
  req.on("error", () => {
    if (!failed) {
      failed = true
      next(new MedusaError(MedusaError.Types.INVALID_DATA, "요청 본문을 읽지 못했습니다"))
    }
  })
  req.on("end", () => {
    if (failed) {
      return
    }
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}")
    } catch {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "요청 본문이 올바른 JSON이 아닙니다"))
    }
    next()
  })
}

const customer = requireActor("customer")

export const paymentRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/api/v1/payment/pay",
    bodyParser: false,
    middlewares: [customer, parseCardJson, validateBody(PayBody)],
  },
  { method: ["GET"], matcher: "/api/v1/payment/detail", middlewares: [customer, validateQuery(DetailQuery)] },
  { method: ["POST"], matcher: "/api/v1/payment/cancel", middlewares: [customer, validateBody(CancelBody)] },
  { method: ["POST"], matcher: "/api/v1/payment/browser", middlewares: [customer, validateBody(BrowserPaymentBody)] },
]
