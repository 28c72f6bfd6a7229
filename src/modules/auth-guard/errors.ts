import { MedusaError } from "@medusajs/framework/utils"

export const TOO_MANY_REQUESTS = "too_many_requests"

/** Rendered as 429 with a Retry-After header by the API error handler. */
export class TooManyRequestsError extends MedusaError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number
  ) {
    super(TOO_MANY_REQUESTS, message)
  }
}
