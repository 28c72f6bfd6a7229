import type { AuthorizePaymentOutput, ProviderWebhookPayload, WebhookActionResult } from "@medusajs/framework/types"
import type { PortOneFlow } from "../options"
import type { PortOnePaymentData } from "../session-data"

/** A refund the adapter has already checked against our records (see refundPayment). */
export type PortOneRefund = {
  amount: number
  /** The balance before this refund: V1 `checksum`, V2 `currentCancellableAmount`. */
  balance: number
  /** What was refunded before this one, from our records. */
  cancelled: number
  /** V2 sends it as `Idempotency-Key`; V1 has none and looks the payment up instead. */
  idempotencyKey: string
}

/**
 * One PortOne API generation (V1 api.iamport.kr, V2 api.portone.io) as the payment provider
 * needs it. The provider picks the gateway by the session's `flow` (`gatewayFlow`); everything
 * that differs between V1 and V2 lives behind this interface.
 *
 * A gateway whose keys are not configured still exists: it refuses when it must call PortOne,
 * so sessions that never reach PortOne (a browser payment not yet made) behave the same.
 */
export interface PortOneGateway {
  /** V1 prepare / V2 pre-register: PortOne then refuses a browser payment of another amount. */
  registerExpectedAmount(portOneId: string, amount: number): Promise<void>
  /** Public values the browser SDK needs to pay (V2 store and channel); none for V1. */
  browserFields(): Pick<PortOnePaymentData, "store_id" | "channel_key">
  /**
   * Charges (V1 keyed, with the card vault token found in `context`) or verifies a browser
   * payment, settling it only when PortOne was paid exactly the expected amount.
   */
  authorize(data: PortOnePaymentData, context: Record<string, unknown>): Promise<AuthorizePaymentOutput>
  /** A checked full or partial refund; answers the session data as PortOne now has it. */
  refund(data: PortOnePaymentData, refund: PortOneRefund): Promise<PortOnePaymentData>
  /** Voids whatever PortOne still holds of the payment (Medusa's cancel). */
  void(data: PortOnePaymentData, idempotencyKey?: string): Promise<PortOnePaymentData>
  /** The session data as PortOne has it now (unchanged when PortOne has no payment). */
  lookup(data: PortOnePaymentData): Promise<PortOnePaymentData>
  /** Reads a webhook of this generation; only PortOne's own record of the payment is trusted. */
  webhook(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult>
}

export type PortOneGatewayVersion = "v1" | "v2"

/** V2 serves only its browser flow; keyed and V1 browser payments (and anything else) are V1. */
export function gatewayFlow(flow: PortOneFlow): PortOneGatewayVersion {
  return flow === "v2_browser" ? "v2" : "v1"
}
