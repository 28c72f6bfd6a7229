import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  PaymentSessionStatus as PaymentSessionStatusType,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import { gatewayFlow, type PortOneGateway } from "./gateways/gateway"
import { PortOneV1Gateway } from "./gateways/v1"
import { PortOneV2Gateway } from "./gateways/v2"
import { cancellableBalance, refundAmount, toKrwInteger } from "./lib/amounts"
import { portOneIdForSession } from "./lib/ids"
import { isV2Webhook } from "./lib/webhook"
import type { PortOneFlow, PortOneOptions } from "./options"
import {
  isFlow,
  issuedForSession,
  overwriteClientKeys,
  readData,
  shareOf,
  type PortOnePaymentData,
} from "./session-data"

// What the rest of Gopang imports from here; the definitions live in session-data.ts.
export {
  PORTONE_CARD_TOKEN_KEY,
  PORTONE_SHARE_CONTEXT_KEY,
  type PortOneCancel,
  type PortOnePaymentData,
  type PortOneShareContext,
} from "./session-data"

type InjectedDependencies = { logger: Logger }

/**
 * PortOne (ex-I'mport) for Medusa: V1 keyed card payments and browser payments, V2 browser
 * payments verified on the server, refunds with balance checks, and webhooks.
 *
 * This class adapts Medusa's payment provider API to two gateways (gateways/v1.ts, v2.ts) and
 * holds what both share: the session data built on the server, shares of a purchase, refund
 * checks against our records, and which payments are ours to void. The session's `flow` picks
 * the gateway.
 *
 * Korean PGs approve and acquire in one step, so a successful authorization is reported as
 * `captured`; capture is a no-op.
 */
export class PortOneProviderService extends AbstractPaymentProvider<PortOneOptions> {
  static override identifier = "portone"

  private readonly logger: Logger
  private readonly options: PortOneOptions
  private readonly gateways: Record<"v1" | "v2", PortOneGateway>

  static override validateOptions(options: Record<string, unknown>): void {
    const { v1, v2 } = options as Partial<PortOneOptions>
    if (!v1 && !v2) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "PortOne needs V1 keys (imp_key/imp_secret) or a V2 API secret")
    }
  }

  constructor(container: InjectedDependencies, options: PortOneOptions) {
    super(container, options)
    this.logger = container.logger
    this.options = options
    this.gateways = { v1: new PortOneV1Gateway(container.logger, options), v2: new PortOneV2Gateway(container.logger, options) }
  }

  private gatewayFor(flow: PortOneFlow): PortOneGateway {
    return this.gateways[gatewayFlow(flow)]
  }

  // ───────────────────────────── sessions ─────────────────────────────

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (input.currency_code.toLowerCase() !== "krw") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "PortOne payments are in KRW only")
    }
    const amount = toKrwInteger(input.amount)
    // Medusa's payment module sets session_id itself, over whatever the client sent.
    const sessionId = typeof input.data?.session_id === "string" ? input.data.session_id : undefined
    const cleared = overwriteClientKeys(input.data)
    const share = shareOf(input.context)
    if (share) {
      // A seller order's share of one purchase payment: the saga names the PortOne payment and
      // its total through the context; nothing is registered per share.
      if (share.group_total < amount) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "A share cannot exceed the payment it belongs to")
      }
      const data: PortOnePaymentData = {
        session_id: sessionId,
        flow: share.flow,
        amount,
        currency: "KRW",
        merchant_uid: share.merchant_uid,
        payment_id: share.merchant_uid,
        attempt: 0,
        group_total: share.group_total,
      }
      return { id: share.merchant_uid, data: { ...cleared, ...data }, status: PaymentSessionStatus.PENDING }
    }
    // The only choice a client makes: how it will pay. The id and the amount are ours.
    const requested = input.data?.flow
    const flow: PortOneFlow = isFlow(requested) ? requested : this.options.defaultFlow
    const gateway = this.gatewayFor(flow)
    const portOneId = portOneIdForSession(sessionId)
    await gateway.registerExpectedAmount(portOneId, amount)
    const { store_id, channel_key } = gateway.browserFields()
    const data: PortOnePaymentData = {
      session_id: sessionId,
      flow,
      amount,
      currency: "KRW",
      merchant_uid: portOneId,
      payment_id: portOneId,
      attempt: 0,
      store_id,
      channel_key,
    }
    return { id: portOneId, data: { ...cleared, ...data }, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = readData(input.data)
    const amount = toKrwInteger(input.amount)
    // The browser reports which V1 payment it made; nothing else from the client is taken.
    const impUid = typeof input.data?.imp_uid === "string" ? input.data.imp_uid : data.imp_uid
    if (amount === data.amount || data.status === "paid") {
      return { data: { ...data, imp_uid: impUid } }
    }
    // A prepared merchant_uid cannot change its amount through prepare again: take a new one.
    const attempt = data.attempt + 1
    const portOneId = portOneIdForSession(data.session_id, attempt)
    await this.gatewayFor(data.flow).registerExpectedAmount(portOneId, amount)
    return {
      data: { ...data, amount, attempt, merchant_uid: portOneId, payment_id: portOneId, imp_uid: impUid },
      status: PaymentSessionStatus.PENDING,
    }
  }

  /**
   * A session is deleted when it is replaced or when a failed checkout is rolled back. Normally
   * nothing was charged, but a charge whose answer (and lookup) were lost may exist at PortOne
   * with no Medusa payment: void it here, because after this nothing would ever find it.
   */
  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    const data = input.data as Partial<PortOnePaymentData> | undefined
    // A share's charge belongs to the whole purchase: the order saga voids it, never one share.
    // Only a payment issued for this very session is ours to void: never one a caller named.
    if (!data?.merchant_uid || data.status === "paid" || data.status === "cancelled" || data.group_total !== undefined || !issuedForSession(data)) {
      return { data: input.data }
    }
    const session = readData(input.data)
    try {
      const { data: voided } = await this.cancelPayment({ data: { ...session } })
      if (readData(voided).status === "cancelled") {
        this.logger.warn(`portone: voided ${session.merchant_uid}, charged without a Medusa payment`)
      }
      return { data: voided }
    } catch (error) {
      // PortOne unreachable: say which merchant_uid to check by hand, and let the deletion go on.
      this.logger.error(`portone: could not check ${session.merchant_uid} before deleting its session: ${(error as Error).message}`)
      return { data: input.data }
    }
  }

  // ───────────────────────────── authorization ─────────────────────────────

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = readData(input.data)
    if (data.status === "paid") {
      return { status: PaymentSessionStatus.CAPTURED, data }
    }
    const context = (input.context ?? {}) as Record<string, unknown>
    return this.gatewayFor(data.flow).authorize(data, context)
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    // Approval and acquisition are one step at Korean PGs: there is nothing left to capture.
    return { data: input.data }
  }

  // ───────────────────────────── refunds ─────────────────────────────

  /**
   * A full or partial refund. The balance sent with it (V1 `checksum`, V2
   * `currentCancellableAmount`) comes from our records: if PortOne's differs (someone refunded
   * in PortOne's console), PortOne refuses and the error says so.
   */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = readData(input.data)
    const paid = data.paid_amount ?? data.amount
    const cancelled = data.cancelled_amount ?? 0
    const balance = cancellableBalance(paid, cancelled)
    const amount = refundAmount(toKrwInteger(input.amount), balance)
    const idempotencyKey = input.context?.idempotency_key ?? `refund-${data.payment_id}-${cancelled}-${amount}`
    return { data: await this.gatewayFor(data.flow).refund(data, { amount, balance, cancelled, idempotencyKey }) }
  }

  /**
   * Voids the payment (Medusa's cancel, e.g. a failed order completion). PortOne's own state
   * decides what is left, so a payment that was already refunded is left alone.
   */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = readData(input.data)
    return { data: await this.gatewayFor(data.flow).void(data, input.context?.idempotency_key) }
  }

  // ───────────────────────────── reads ─────────────────────────────

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const data = readData(input.data)
    return { data: await this.gatewayFor(data.flow).lookup(data) }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const { data } = await this.retrievePayment(input)
    const current = readData(data)
    const status: PaymentSessionStatusType =
      current.status === "paid"
        ? PaymentSessionStatus.CAPTURED
        : current.status === "cancelled"
          ? PaymentSessionStatus.CANCELED
          : current.status === "failed"
            ? PaymentSessionStatus.ERROR
            : PaymentSessionStatus.PENDING
    return { status, data }
  }

  // ───────────────────────────── webhooks ─────────────────────────────

  /**
   * V2 webhooks are verified (signature, timestamp, replay); V1 webhooks are unsigned and only
   * name a payment. Either way the payment is re-read from PortOne and only that is trusted.
   * A webhook names no session flow, so its headers pick the gateway.
   *
   * Cancellations map to `not_supported`: refunds are made through Medusa (refundPayment), and
   * Medusa has no webhook action that records a refund, so applying PortOne's cancel webhooks
   * could only refund twice.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return (isV2Webhook(payload.headers) ? this.gateways.v2 : this.gateways.v1).webhook(payload)
  }
}

export default PortOneProviderService
