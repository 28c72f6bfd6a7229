import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

// One error language: zod's own messages (enums, integers, lengths, unknown keys, in every route
// and in Medusa's validators too) in Korean, for schemas that carry no message of their own.
// Loaded with the API's middlewares, so every server process has it before the first request.
z.config(z.locales.ko())

/**
 * A web address people will open (product images, detail files, tracking pages): http or https
 * only, so that no `javascript:` or `data:` address reaches a page that shows it as a link.
 */
export const httpUrl = (max: number, message = "http 또는 https 주소만 쓸 수 있습니다.") =>
  z.url({ protocol: /^https?$/, error: message }).max(max)

/** An INVALID_DATA error that names the offending fields, for the /api/v1 envelope. */
export class ValidationError extends MedusaError {
  constructor(
    message: string,
    readonly fields: string[]
  ) {
    super(MedusaError.Types.INVALID_DATA, message)
  }
}

export function toValidationError(error: z.ZodError): ValidationError {
  const fields: string[] = []
  const messages: string[] = []
  for (const issue of error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [issue.path.join(".")]
    for (const key of keys) {
      const field = key || "body"
      if (!fields.includes(field)) {
        fields.push(field)
      }
      messages.push(issue.code === "unrecognized_keys" ? `${field}: 알 수 없는 항목입니다.` : `${field}: ${issue.message}`)
    }
  }
  return new ValidationError(messages.join(" / "), fields)
}

const NUL = "\u0000"

/** The path of the first string (or key) in `value` that holds a NUL character, if any. */
export function findNul(value: unknown, path: string): string | undefined {
  if (typeof value === "string") {
    return value.includes(NUL) ? path : undefined
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const itemPath = path ? `${path}.${key}` : key
      const found = key.includes(NUL) ? itemPath : findNul(item, itemPath)
      if (found) {
        return found
      }
    }
  }
  return undefined
}

/** PostgreSQL text cannot hold U+0000: a NUL would come back from the database as an opaque 500. */
export function nulError(field: string): ValidationError {
  return new ValidationError(`${field}: 쓸 수 없는 문자(NUL)가 들어 있습니다.`, [field])
}

/** A validation middleware that says what it checks, so the fuzz suite can derive its inputs. */
export type ValidatingMiddleware = ((req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => void) & {
  readonly validates: { source: "body" | "query"; schema: z.ZodType }
}

/**
 * Body and query validation for /api/v1. Unlike Medusa's validators these keep the schema's own
 * (Korean) messages and report which fields failed, so integrators can point at them.
 */
export function validateBody(schema: z.ZodType): ValidatingMiddleware {
  const middleware = (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) {
      return next(toValidationError(parsed.error))
    }
    // Bodies read by the route itself (the card routes) never passed the /api/v1 NUL guard.
    const nul = findNul(parsed.data, "")
    if (nul) {
      return next(nulError(nul))
    }
    req.validatedBody = parsed.data
    next()
  }
  return Object.assign(middleware, { validates: { source: "body" as const, schema } })
}

export function validateQuery(schema: z.ZodType): ValidatingMiddleware {
  const middleware = (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query ?? {})
    if (!parsed.success) {
      return next(toValidationError(parsed.error))
    }
    req.validatedQuery = parsed.data as Record<string, unknown>
    next()
  }
  return Object.assign(middleware, { validates: { source: "query" as const, schema } })
}
