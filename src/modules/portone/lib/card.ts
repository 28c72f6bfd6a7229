import { randomBytes } from "node:crypto"

/**
 * What a shopper types for a keyed (non-authenticated) card payment. It is handed to PortOne and
 * then forgotten: nothing here may reach a table, a log line or an error message.
 */
export type CardInput = {
  /** 15 or 16 digits, with or without dashes. */
  number: string
  /** YYYY-MM */
  expiry: string
  /** YYMMDD, or the 10-digit business registration number for a corporate card. */
  birth?: string
  /** The first two digits of the card password. */
  password2?: string
  /** Only some overseas PGs (Paymentwall) take it; passed through when given. */
  cvc?: string
}

/**
 * The only card facts we keep: first 6 and last 4 digits. Also accepts a number PortOne already
 * masked (`53275000****1234`), keeping its length.
 */
export function maskCardNumber(number: string): string {
  const digits = number.replace(/[^0-9*]/g, "")
  if (digits.length < 10) {
    return "*".repeat(digits.length)
  }
  return `${digits.slice(0, 6)}${"*".repeat(digits.length - 10)}${digits.slice(-4)}`
}

/** PortOne V1 wants `dddd-dddd-dddd-dddd`. */
export function formatCardNumberForV1(number: string): string {
  const digits = number.replace(/\D/g, "")
  return digits.replace(/(\d{4})(?=\d)/g, "$1-")
}

/** What PortOne accepts for each card part (V1 onetime; V2 CardCredential has the same parts). */
export const CARD_PATTERNS = {
  number: /^\d{4}-?\d{4}-?\d{4}-?\d{3,4}$/,
  expiry: /^\d{4}-(0[1-9]|1[0-2])$/,
  birth: /^(\d{6}|\d{10})$/,
  password2: /^\d{2}$/,
  cvc: /^\d{3,4}$/,
} as const

type VaultEntry = { card: CardInput; expiresAt: number }

const VAULT_TTL_MS = 2 * 60 * 1000
// One vault per process even if this file is loaded twice (Medusa's module loader and the API
// layer may resolve it through different module registries, e.g. under Jest).
const VAULT_KEY = Symbol.for("gopang.portone.card-vault")

function vault(): Map<string, VaultEntry> {
  const holder = globalThis as typeof globalThis & { [VAULT_KEY]?: Map<string, VaultEntry> }
  holder[VAULT_KEY] ??= new Map()
  return holder[VAULT_KEY]
}

/**
 * Card data must not travel through workflow inputs or payment session data: Medusa writes both
 * to the database (workflow_execution, payment_session.data). The route deposits the card here and
 * passes only the opaque token; the provider takes it out exactly once, within two minutes, in
 * the same process.
 */
export function depositCard(card: CardInput): string {
  const now = Date.now()
  for (const [token, entry] of vault()) {
    if (entry.expiresAt <= now) {
      vault().delete(token)
    }
  }
  const token = `cv_${randomBytes(18).toString("base64url")}`
  vault().set(token, { card: { ...card }, expiresAt: now + VAULT_TTL_MS })
  return token
}

export function takeCard(token: string): CardInput | undefined {
  const entry = vault().get(token)
  vault().delete(token)
  if (!entry || entry.expiresAt <= Date.now()) {
    return undefined
  }
  return entry.card
}

/** Forgets a deposited card that will not be used (e.g. the workflow failed before paying). */
export function discardCard(token: string): void {
  vault().delete(token)
}
