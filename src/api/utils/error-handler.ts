import {
  errorHandler as medusaErrorHandler,
  getHttpResponseFromError,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { TOO_MANY_REQUESTS, TooManyRequestsError } from "../../modules/auth-guard/errors"
import type { ApiV1Failure } from "./envelope"
import { PAYLOAD_TOO_LARGE, PayloadTooLargeError } from "./json-body"
import { ValidationError } from "./validate"

const API_V1 = /^\/api\/v1(\/|$)/

/**
 * Express's own refusals are no MedusaError and would answer an opaque 500 (a path whose
 * percent-encoding is not UTF-8, a body past the parser's limit) or the JSON parser's English
 * message, which quotes the body.
 */
function fromExpress(error: unknown): unknown {
  if (error instanceof MedusaError || !(error instanceof Error)) {
    return error
  }
  const { status, type } = error as Error & { status?: number; type?: string }
  if (type === "entity.too.large") {
    // Express's body parser stopped at its limit: the same Korean 413 as the card routes' parser.
    return new PayloadTooLargeError(Number((error as { limit?: number }).limit) || 0)
  }
  if (type === "entity.parse.failed") {
    return new ValidationError("요청 본문이 올바른 JSON이 아닙니다", ["body"])
  }
  if (error instanceof URIError && status === 400) {
    return new ValidationError("path: 요청 주소에 해석할 수 없는 문자가 있습니다.", ["path"])
  }
  return error
}

function toFailure(error: unknown): { status: number; body: ApiV1Failure } {
  if (error instanceof TooManyRequestsError || (error as MedusaError)?.type === TOO_MANY_REQUESTS) {
    return {
      status: 429,
      body: { success: false, error: { code: TOO_MANY_REQUESTS, message: (error as Error).message } },
    }
  }
  if (error instanceof PayloadTooLargeError) {
    return { status: 413, body: { success: false, error: { code: PAYLOAD_TOO_LARGE, message: error.message } } }
  }
  const { statusCode, body } = getHttpResponseFromError(error as Error)
  const type = (error as MedusaError)?.type
  // Medusa words every CONFLICT as an idempotency clash; ours carry their own message.
  const message =
    (type === MedusaError.Types.CONFLICT ? (error as Error).message : body.message) ?? "An unknown error occurred."
  const fields = error instanceof ValidationError ? error.fields : undefined
  // Only client errors explain themselves; a 5xx never leaks what it carried.
  const details = statusCode < 500 ? (error as { details?: unknown })?.details : undefined
  return {
    status: statusCode,
    body: {
      success: false,
      error: {
        code: (type ?? body.type ?? "unknown_error").toLowerCase(),
        message,
        ...(fields?.length ? { fields } : {}),
        ...(details && typeof details === "object" && !Array.isArray(details)
          ? { details: details as Record<string, unknown> }
          : {}),
      },
    },
  }
}

/**
 * `/api/v1` errors in the integrator envelope; every other path keeps Medusa's own handler, so
 * the store and admin APIs answer exactly as documented by Medusa.
 */
export function apiErrorHandler() {
  const medusa = medusaErrorHandler()
  return function gopangErrorHandler(
    error: unknown,
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    if (error instanceof TooManyRequestsError) {
      res.setHeader("Retry-After", String(error.retryAfterSeconds))
    }
    if (!API_V1.test(req.path)) {
      if (error instanceof TooManyRequestsError) {
        res.status(429).json({ type: TOO_MANY_REQUESTS, message: error.message })
        return
      }
      if (error instanceof PayloadTooLargeError) {
        res.status(413).json({ type: PAYLOAD_TOO_LARGE, message: error.message })
        return
      }
      return medusa(error as Error, req, res, next)
    }
    const { status, body } = toFailure(fromExpress(error))
    const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER)
    if (status >= 500) {
      logger?.error(error as Error)
    }
    res.status(status).json(body)
  }
}
