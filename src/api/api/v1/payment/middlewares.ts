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

const customer = authenticate("customer", ["bearer", "session"])

export const paymentRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/api/v1/payment/pay", middlewares: [customer, validateCardBody(PayBody)] },
  { method: ["GET"], matcher: "/api/v1/payment/detail", middlewares: [customer, validateAndTransformQuery(DetailQuery, {})] },
  { method: ["POST"], matcher: "/api/v1/payment/cancel", middlewares: [customer, validateAndTransformBody(CancelBody)] },
]
