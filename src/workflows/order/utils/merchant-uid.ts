import { randomBytes } from "node:crypto"

/**
 * A PortOne merchant_uid for a purchase paid by keyed card: alphanumeric, 28 characters (PGs
 * accept up to 32), `og` + time + randomness, never reused even after a decline.
 */
export function newPurchaseMerchantUid(): string {
  return `og${Date.now().toString(36)}${randomBytes(9).toString("hex")}`
}
