import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * The one response envelope of the integrator API (`/api/v1/...`).
 *
 * Success: `{ "success": true, "data": …, "meta"?: { "page", "size", "total" } }`
 * Failure: `{ "success": false, "error": { "code", "message", "fields"?, "details"? } }` — written by
 * `apiV1ErrorHandler` from any MedusaError a route throws.
 */
export type ApiV1Meta = { page: number; size: number; total: number }

export type ApiV1Success<T> = { success: true; data: T; meta?: ApiV1Meta }

export type ApiV1Failure = {
  success: false
  /** `details`: facts that help fix the request (e.g. the expected amount and its breakdown). */
  error: { code: string; message: string; fields?: string[]; details?: Record<string, unknown> }
}

export type ApiV1Response<T> = MedusaResponse<ApiV1Success<T>>

export function sendOk<T>(
  res: MedusaResponse<ApiV1Success<T>>,
  data: T,
  options: { status?: number; meta?: ApiV1Meta } = {}
): void {
  const body: ApiV1Success<T> = { success: true, data }
  if (options.meta) {
    body.meta = options.meta
  }
  res.status(options.status ?? 200).json(body)
}
