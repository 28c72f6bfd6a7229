import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

type Schema = z.ZodType

/**
 * Medusa's validators with the failing zod issues attached to the error, so the /api/v1 error
 * handler can list the offending fields (`error.fields`). Medusa's own validator only puts them
 * into the message text.
 */
function withIssues(
  validate: (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void> | void,
  schema: Schema,
  input: (req: MedusaRequest) => unknown
) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    await validate(req, res, async (error?: unknown) => {
      if (error && typeof error === "object") {
        const parsed = await schema.safeParseAsync(input(req))
        if (!parsed.success) {
          Object.assign(error, { issues: parsed.error.issues })
        }
      }
      next(error)
    })
  }
}

export function validateBody(schema: Schema) {
  return withIssues(validateAndTransformBody(schema), schema, (req) => req.body ?? {})
}

export function validateQuery(schema: Schema, config: Parameters<typeof validateAndTransformQuery>[1]) {
  return withIssues(validateAndTransformQuery(schema, config), schema, (req) => req.query)
}
