import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { CancelBody, DetailQuery, PayBody } from "./validators"

/**
 * Body validation that reports field paths and our own messages only. Medusa's
 * validateAndTransformBody quotes received values (`got: '…'`) for type errors, which for a
 * card body would put card data into the response and the request log.
 */
function validateCardBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body)
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problems.join("; ")}`))
    }
    req.validatedBody = result.data
    next()
  }
}

/**
 * Reads the JSON body of a card route. Express's parser answers (and Medusa logs) a malformed
 * body with the JSON.parse message, which quotes the body: here a parse failure says nothing
 * about the content.
 */
function parseCardJson(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
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

const customer = authenticate("customer", ["bearer", "session"])

export const paymentRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/api/v1/payment/pay",
    bodyParser: false,
    middlewares: [customer, parseCardJson, validateCardBody(PayBody)],
  },
  { method: ["GET"], matcher: "/api/v1/payment/detail", middlewares: [customer, validateAndTransformQuery(DetailQuery, {})] },
  { method: ["POST"], matcher: "/api/v1/payment/cancel", middlewares: [customer, validateAndTransformBody(CancelBody)] },
]
