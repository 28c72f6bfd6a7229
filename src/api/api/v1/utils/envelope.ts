/**
 * The /api/v1 response envelope: every success is `{ data: ... }`. Errors keep Medusa's
 * `{ type, message }` (from MedusaError) so the framework's error handler stays the only one.
 */
export type V1Envelope<T> = { data: T }

export function envelope<T>(data: T): V1Envelope<T> {
  return { data }
}
