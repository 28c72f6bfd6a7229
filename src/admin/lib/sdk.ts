import Medusa from "@medusajs/js-sdk"

/**
 * The one JS SDK client of Gopang's dashboard extensions. The dashboard is served by the same
 * server as the API (`admin.backendUrl` is "/") and signs operators in with a session cookie.
 */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})

/** A readable message from a failed SDK call (Medusa answers `{ type, message }`). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) {
    return error.message
  }
  return String(error)
}
