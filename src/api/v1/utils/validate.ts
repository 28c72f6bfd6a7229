import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

type Issue = z.core.$ZodIssue
type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void> | void

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    input
  )
}

function describe(issue: Issue, input: unknown): string {
  const field = issue.path.map(String).join(".")
  if (issue.code === "unrecognized_keys") {
    return `${issue.keys.join(", ")}: 허용되지 않는 항목입니다.`
  }
  if (issue.code === "invalid_type") {
    return `${field}: ${valueAt(input, issue.path) === undefined ? "필수 입력 항목입니다." : "형식이 올바르지 않습니다."}`
  }
  return field ? `${field}: ${issue.message}` : issue.message
}

/**
 * The failing fields of a request, as the `/api/v1` error handler reads them (`issues[].path`):
 * Medusa's validators keep only a message, so the input is parsed again to name each field,
 * and the message is rewritten in Korean for the shopper.
 */
export function invalidRequest(issues: Issue[], input: unknown): MedusaError {
  const error = new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `입력값을 확인해 주세요. ${issues.map((issue) => describe(issue, input)).join(" / ")}`
  )
  const paths = issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" ? issue.keys.map((key) => [key]) : [issue.path.map(String)]
  )
  return Object.assign(error, { issues: paths.map((path) => ({ path })) })
}

/** One field's error, e.g. a wrong current password, in the same shape as a validation failure. */
export function invalidField(field: string, message: string): MedusaError {
  return Object.assign(new MedusaError(MedusaError.Types.INVALID_DATA, message), { issues: [{ path: [field] }] })
}

function withFieldNames(validate: Middleware, schema: z.ZodType, read: (req: MedusaRequest) => unknown): Middleware {
  return async (req, res, next) => {
    await validate(req, res, (error?: unknown) => {
      if (!error) {
        return next()
      }
      const input = read(req)
      const parsed = schema.safeParse(input)
      next(parsed.success ? error : invalidRequest(parsed.error.issues, input))
    })
  }
}

/** `validateAndTransformBody` whose 400 names every failing field (`error.fields`). Bodies must be `.strict()`. */
export function validateV1Body(schema: z.ZodObject) {
  return withFieldNames(validateAndTransformBody(schema) as Middleware, schema, (req) => req.body)
}

/** `validateAndTransformQuery` for plain query schemas (no fields/pagination config), naming failing fields. */
export function validateV1Query(schema: z.ZodObject) {
  return withFieldNames(validateAndTransformQuery(schema, {}) as Middleware, schema, (req) => req.query)
}
