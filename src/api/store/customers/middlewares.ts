import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ValidationError } from "../../utils/validate"

/**
 * Customer metadata that order rules read and only the server may write. Medusa's store routes
 * let a shopper write their own metadata (`POST /store/customers`, `/store/customers/me`), so
 * without this a minor could mark themselves an adult.
 */
export const SERVER_OWNED_CUSTOMER_METADATA = ["is_minor"] as const

export function refuseServerOwnedMetadata(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  if (metadata && typeof metadata === "object") {
    const fields = SERVER_OWNED_CUSTOMER_METADATA.filter((key) => key in metadata).map((key) => `metadata.${key}`)
    if (fields.length) {
      return next(new ValidationError(`${fields.join(", ")}: 고객이 바꿀 수 없는 항목입니다.`, fields))
    }
  }
  next()
}

export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/customers", middlewares: [refuseServerOwnedMetadata] },
  { method: ["POST"], matcher: "/store/customers/me", middlewares: [refuseServerOwnedMetadata] },
]
