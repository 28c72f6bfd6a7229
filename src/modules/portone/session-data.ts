import { MedusaError } from "@medusajs/framework/utils"
import { toKrwInteger } from "./lib/amounts"
import { portOneIdForSession } from "./lib/ids"
import type { PortOneFlow } from "./options"

/** The authorize context key under which the card vault token travels (see lib/card.ts). */
export const PORTONE_CARD_TOKEN_KEY = "portone_card_token"

export type PortOneCancel = { amount: number; cancelled_at: string; cancellation_id: string }

/**
 * What Gopang keeps about a PortOne payment (payment_session.data and payment.data). Only ids,
 * amounts, the masked card number, the card company and the approval number: never card data.
 */
export type PortOnePaymentData = {
  session_id?: string
  flow: PortOneFlow
  amount: number
  currency: "KRW"
  /** V1 merchant_uid and V2 paymentId (the same value). */
  merchant_uid: string
  payment_id: string
  attempt: number
  /** For the browser SDK: where to pay. Public values only. */
  store_id?: string
  channel_key?: string
  status?: "paid" | "failed" | "cancelled"
  imp_uid?: string
  transaction_id?: string
  card_masked?: string
  card_company?: string
  approval_number?: string
  pg_provider?: string
  paid_amount?: number
  cancelled_amount?: number
  paid_at?: string
  receipt_url?: string
  cancel_history?: PortOneCancel[]
  fail_reason?: string
  /**
   * Set when this Medusa payment is one seller order's share of a PortOne payment that covers
   * a whole purchase: the PortOne payment's total. `amount` is then the share.
   */
  group_total?: number
}

/**
 * The context key under which the order saga names the purchase a session is one seller order's
 * share of. Medusa's store API cannot set a session's context (only its data), so a share can
 * only be claimed by our own workflows: client data never names a payment or a total.
 */
export const PORTONE_SHARE_CONTEXT_KEY = "portone_share"

export type PortOneShareContext = { merchant_uid: string; group_total: number; flow: PortOneFlow }

/** What PortOne must have been paid for this payment: the purchase total for a share. */
export const expectedTotal = (data: PortOnePaymentData) => data.group_total ?? data.amount

export const isFlow = (value: unknown): value is PortOneFlow => value === "keyed" || value === "v1_browser" || value === "v2_browser"

export function shareOf(context: unknown): PortOneShareContext | undefined {
  const share = (context as Record<string, unknown> | undefined)?.[PORTONE_SHARE_CONTEXT_KEY] as Partial<PortOneShareContext> | undefined
  if (!share || typeof share.merchant_uid !== "string" || typeof share.group_total !== "number" || !isFlow(share.flow)) {
    return undefined
  }
  return { merchant_uid: share.merchant_uid, group_total: toKrwInteger(share.group_total), flow: share.flow }
}

/**
 * Medusa stores a new session's data as `{ ...client data, ...provider data }`. Every key the
 * client sent is overwritten here (with undefined, which JSON drops), so nothing a store API
 * caller put in `data` (a status, an imp_uid, a paid amount) survives into the session.
 */
export function overwriteClientKeys(clientData: Record<string, unknown> | undefined): Record<string, undefined> {
  return Object.fromEntries(Object.keys(clientData ?? {}).map((key) => [key, undefined]))
}

/** A PortOne id this provider issued for the session (not one a caller named). */
export function issuedForSession(data: Partial<PortOnePaymentData>): boolean {
  return (
    typeof data.session_id === "string" &&
    data.session_id.startsWith("payses_") &&
    data.merchant_uid === portOneIdForSession(data.session_id, data.attempt ?? 0)
  )
}

export function readData(data: Record<string, unknown> | undefined): PortOnePaymentData {
  const value = data as Partial<PortOnePaymentData> | undefined
  if (!value || typeof value.merchant_uid !== "string" || typeof value.amount !== "number") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The payment has no PortOne session data")
  }
  return value as PortOnePaymentData
}
