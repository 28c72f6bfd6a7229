import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findNul, nulError } from "./validate"

/**
 * PostgreSQL text cannot hold U+0000, so a NUL in an id, a query or a body field would reach the
 * database and come back as an opaque 500. Refused up front as a 400 naming the field.
 */
export function rejectNulCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Mounted on a wildcard matcher, `req.path` is what follows the match: read the whole address.
  let path = req.originalUrl.split("?")[0]
  try {
    path = decodeURIComponent(path)
  } catch {
    // An undecodable path is refused by the router itself (a 400 from the error handler).
  }
  const field = path.includes("\u0000") ? "path" : findNul(req.query, "") ?? findNul(req.body, "")
  if (field) {
    return next(nulError(field))
  }
  next()
}
