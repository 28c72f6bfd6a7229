import { randomBytes } from "node:crypto"

/**
 * PortOne ids derived from the Medusa payment session id, so a webhook that carries only
 * PortOne's ids can be tied back to its session without a lookup table.
 *
 * Session ids are `payses_<26-char ULID>`. PortOne wants merchant_uid / paymentId alphanumeric
 * and at most 32 characters (KPN, KCP, Smartro), so: `gp` + ULID (28), plus an optional
 * two-character attempt suffix (`a1`…) because a merchant_uid may never be reused after a
 * declined attempt.
 */
const SESSION_PREFIX = "payses_"
const ID_PREFIX = "gp"
const ULID_LENGTH = 26

export function portOneIdForSession(sessionId: string | undefined, attempt = 0): string {
  const ulid = sessionId?.startsWith(SESSION_PREFIX)
    ? sessionId.slice(SESSION_PREFIX.length)
    : // Sessions created outside Medusa's payment module (should not happen): still alphanumeric.
      randomBytes(16).toString("hex").slice(0, ULID_LENGTH).toUpperCase()
  const base = `${ID_PREFIX}${ulid.replace(/[^A-Za-z0-9]/g, "")}`
  return attempt > 0 ? `${base}a${attempt.toString(36)}` : base
}

export function sessionIdFromPortOneId(portOneId: string | undefined): string | undefined {
  if (!portOneId || !portOneId.startsWith(ID_PREFIX)) {
    return undefined
  }
  const ulid = portOneId.slice(ID_PREFIX.length, ID_PREFIX.length + ULID_LENGTH)
  return /^[0-9A-HJKMNP-TV-Z]{26}$/.test(ulid) ? `${SESSION_PREFIX}${ulid}` : undefined
}
