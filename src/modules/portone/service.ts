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
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { cancellableBalance, refundAmount, toKrwInteger } from "./lib/amounts"
import { formatCardNumberForV1, maskCardNumber, takeCard, type CardInput } from "./lib/card"
import { PortOneTransportError } from "./lib/http"
import { portOneIdForSession, sessionIdFromPortOneId } from "./lib/ids"
import type { V2Payment } from "./lib/sdk"
import { PortOneRefusal, PortOneV1Client, type V1Payment } from "./lib/v1-client"
import { PortOneV2Client } from "./lib/v2-client"
import { isV2Webhook, rawBodyText, ReplayGuard, verifyV2Webhook } from "./lib/webhook"
import type { PortOneFlow, PortOneOptions } from "./options"

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

/** What PortOne must have been paid for this payment: the purchase total for a share. */
const expectedTotal = (data: PortOnePaymentData) => data.group_total ?? data.amount

type InjectedDependencies = { logger: Logger }

const isoFromUnix = (seconds: number | undefined) => (seconds ? new Date(seconds * 1000).toISOString() : undefined)

/**
 * The context key under which the order saga names the purchase a session is one seller order's
 * share of. Medusa's store API cannot set a session's context (only its data), so a share can
 * only be claimed by our own workflows: client data never names a payment or a total.
 */
export const PORTONE_SHARE_CONTEXT_KEY = "portone_share"

export type PortOneShareContext = { merchant_uid: string; group_total: number; flow: PortOneFlow }

function shareOf(context: unknown): PortOneShareContext | undefined {
  const share = (context as Record<string, unknown> | undefined)?.[PORTONE_SHARE_CONTEXT_KEY] as Partial<PortOneShareContext> | undefined
  if (!share || typeof share.merchant_uid !== "string" || typeof share.group_total !== "number" || !isFlow(share.flow)) {
    return undefined
  }
  return { merchant_uid: share.merchant_uid, group_total: toKrwInteger(share.group_total), flow: share.flow }
}

const isFlow = (value: unknown): value is PortOneFlow => value === "keyed" || value === "v1_browser" || value === "v2_browser"

/**
 * Medusa stores a new session's data as `{ ...client data, ...provider data }`. Every key the
 * client sent is overwritten here (with undefined, which JSON drops), so nothing a store API
 * caller put in `data` (a status, an imp_uid, a paid amount) survives into the session.
 */
function overwriteClientKeys(clientData: Record<string, unknown> | undefined): Record<string, undefined> {
  return Object.fromEntries(Object.keys(clientData ?? {}).map((key) => [key, undefined]))
}

/** A PortOne id this provider issued for the session (not one a caller named). */
function issuedForSession(data: Partial<PortOnePaymentData>): boolean {
  return (
    typeof data.session_id === "string" &&
    data.session_id.startsWith("payses_") &&
    data.merchant_uid === portOneIdForSession(data.session_id, data.attempt ?? 0)
  )
}

function readData(data: Record<string, unknown> | undefined): PortOnePaymentData {
  const value = data as Partial<PortOnePaymentData> | undefined
  if (!value || typeof value.merchant_uid !== "string" || typeof value.amount !== "number") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The payment has no PortOne session data")
  }
  return value as PortOnePaymentData
}

/**
 * PortOne (ex-I'mport) for Medusa: V1 keyed card payments and browser payments, V2 browser
 * payments verified on the server, refunds with balance checks, and webhooks.
 *
 * Korean PGs approve and acquire in one step, so a successful authorization is reported as
 * `captured`; capture is a no-op.
 */
export class PortOneProviderService extends AbstractPaymentProvider<PortOneOptions> {
  static override identifier = "portone"

  private readonly logger: Logger
  private readonly options: PortOneOptions
  private readonly v1?: PortOneV1Client
  private readonly v2?: PortOneV2Client
  private readonly replays = new ReplayGuard()

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
    if (options.v1) {
      this.v1 = new PortOneV1Client({ ...options.v1, timeoutMs: options.timeoutMs })
    }
    if (options.v2) {
      this.v2 = new PortOneV2Client({ ...options.v2, timeoutMs: options.timeoutMs })
    }
  }

  private get v1Client(): PortOneV1Client {
    if (!this.v1) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "PortOne V1 is not configured (PORTONE_IMP_KEY, PORTONE_IMP_SECRET)")
    }
    return this.v1
  }

  private get v2Client(): PortOneV2Client {
    if (!this.v2) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "PortOne V2 is not configured (PORTONE_API_SECRET)")
    }
    return this.v2
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
    const portOneId = portOneIdForSession(sessionId)
    await this.registerExpectedAmount(flow, portOneId, amount)
    const data: PortOnePaymentData = {
      session_id: sessionId,
      flow,
      amount,
      currency: "KRW",
      merchant_uid: portOneId,
      payment_id: portOneId,
      attempt: 0,
      store_id: flow === "v2_browser" ? this.options.v2?.storeId : undefined,
      channel_key: flow === "v2_browser" ? this.options.v2?.channelKey : undefined,
    }
    return { id: portOneId, data: { ...cleared, ...data }, status: PaymentSessionStatus.PENDING }
  }

  /** V1 prepare / V2 pre-register: PortOne then refuses a browser payment of another amount. */
  private async registerExpectedAmount(flow: PortOneFlow, portOneId: string, amount: number): Promise<void> {
    if (flow === "v2_browser") {
      await this.v2Client.preRegister(portOneId, amount)
    } else {
      await this.v1Client.prepare(portOneId, amount)
    }
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
    await this.registerExpectedAmount(data.flow, portOneId, amount)
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
    if (data.flow === "v2_browser") {
      return this.authorizeV2(data)
    }
    if (data.flow === "v1_browser") {
      if (!data.imp_uid) {
        return { status: PaymentSessionStatus.REQUIRES_MORE, data }
      }
      const payment = await this.v1Client.getPayment(data.imp_uid)
      // A payment made for another order must never settle this one.
      if (!payment || payment.merchant_uid !== data.merchant_uid) {
        return { status: PaymentSessionStatus.ERROR, data: { ...data, fail_reason: "PortOne has no payment for this order" } }
      }
      return this.settleV1(data, payment)
    }
    const context = (input.context ?? {}) as Record<string, unknown>
    const token = context[PORTONE_CARD_TOKEN_KEY]
    const card = typeof token === "string" ? takeCard(token) : undefined
    if (card) {
      return this.chargeKeyed(data, card)
    }
    // No card: this is a webhook or a retry after a lost answer. If PortOne has the charge,
    // settle it rather than leave it without a Medusa payment.
    const charged = await this.v1Client.findByMerchantUid(data.merchant_uid)
    return charged?.status === "paid" ? this.settleV1(data, charged) : { status: PaymentSessionStatus.REQUIRES_MORE, data }
  }

  private async chargeKeyed(data: PortOnePaymentData, card: CardInput): Promise<AuthorizePaymentOutput> {
    let payment: V1Payment | undefined
    try {
      payment = await this.v1Client.payOnetime({
        merchant_uid: data.merchant_uid,
        amount: expectedTotal(data),
        card_number: formatCardNumberForV1(card.number),
        expiry: card.expiry,
        ...(card.birth ? { birth: card.birth } : {}),
        ...(card.password2 ? { pwd_2digit: card.password2 } : {}),
        ...(card.cvc ? { cvc: card.cvc } : {}),
        name: "고팡 주문",
        ...(this.options.v1?.pg ? { pg: this.options.v1.pg } : {}),
      })
    } catch (error) {
      if (error instanceof PortOneRefusal) {
        this.logger.info(`portone: keyed payment ${data.merchant_uid} declined`)
        return { status: PaymentSessionStatus.ERROR, data: { ...data, status: "failed", fail_reason: error.portOneMessage } }
      }
      if (!(error instanceof PortOneTransportError)) {
        throw error
      }
      // The charge may have gone through even though we never heard back: ask PortOne by
      // merchant_uid before calling it failed, so no charge is left behind unnoticed.
      this.logger.warn(`portone: ${error.message}; looking up ${data.merchant_uid}`)
      payment = await this.v1Client.findByMerchantUid(data.merchant_uid)
      if (!payment) {
        return {
          status: PaymentSessionStatus.ERROR,
          data: { ...data, status: "failed", fail_reason: "PortOne did not confirm the payment" },
        }
      }
    }
    return this.settleV1(data, payment, card)
  }

  /** Checks PortOne's record against the session; a wrong amount is cancelled at once. */
  private async settleV1(data: PortOnePaymentData, payment: V1Payment, card?: CardInput): Promise<AuthorizePaymentOutput> {
    if (payment.status !== "paid") {
      return {
        status: PaymentSessionStatus.ERROR,
        data: { ...data, imp_uid: payment.imp_uid, status: "failed", fail_reason: payment.fail_reason ?? `PortOne status ${payment.status}` },
      }
    }
    if (payment.amount !== expectedTotal(data) || payment.currency !== "KRW") {
      this.logger.warn(`portone: ${payment.imp_uid} paid ${payment.amount} ${payment.currency} for ${expectedTotal(data)} KRW; cancelling it`)
      const balance = cancellableBalance(payment.amount, payment.cancel_amount)
      if (balance > 0) {
        await this.v1Client.cancel({ imp_uid: payment.imp_uid, amount: balance, checksum: balance, reason: "결제 금액 불일치" })
      }
      return {
        status: PaymentSessionStatus.ERROR,
        data: { ...data, imp_uid: payment.imp_uid, status: "cancelled", fail_reason: "amount mismatch: the payment was cancelled" },
      }
    }
    this.logger.info(`portone: ${data.merchant_uid} paid (${payment.imp_uid})`)
    return { status: PaymentSessionStatus.CAPTURED, data: this.fromV1(data, payment, card) }
  }

  private fromV1(data: PortOnePaymentData, payment: V1Payment, card?: CardInput): PortOnePaymentData {
    return {
      ...data,
      status: payment.status === "cancelled" ? "cancelled" : payment.status === "paid" ? "paid" : "failed",
      imp_uid: payment.imp_uid,
      card_masked: card ? maskCardNumber(card.number) : (data.card_masked ?? (payment.card_number ? maskCardNumber(payment.card_number) : undefined)),
      card_company: payment.card_name ?? data.card_company,
      approval_number: payment.apply_num || data.approval_number,
      pg_provider: payment.pg_provider ?? data.pg_provider,
      paid_amount: payment.amount,
      cancelled_amount: payment.cancel_amount,
      paid_at: isoFromUnix(payment.paid_at) ?? data.paid_at,
      receipt_url: payment.receipt_url ?? data.receipt_url,
      cancel_history: (payment.cancel_history ?? []).map((c) => ({
        amount: c.amount,
        cancelled_at: isoFromUnix(c.cancelled_at) ?? "",
        cancellation_id: c.cancellation_id,
      })),
      fail_reason: undefined,
    }
  }

  /**
   * Only a fully paid, never-cancelled payment of exactly the expected amount in KRW counts. A
   * payment of another amount is cancelled, but only when it is ours to cancel: the id was
   * issued for this session, or the saga verified it as issued to the customer (a share).
   * Anything cancelled in part (PARTIAL_CANCELLED) is refused as it is.
   */
  private async authorizeV2(data: PortOnePaymentData): Promise<AuthorizePaymentOutput> {
    const payment = await this.v2Client.getPayment(data.payment_id)
    if (!payment || payment.status === "READY" || payment.status === "PAY_PENDING") {
      return { status: PaymentSessionStatus.PENDING, data }
    }
    if (payment.status === "FAILED") {
      return { status: PaymentSessionStatus.ERROR, data: { ...data, status: "failed", fail_reason: payment.failure.reason ?? "PortOne reported a failed payment" } }
    }
    if (payment.status !== "PAID" && payment.status !== "PARTIAL_CANCELLED" && payment.status !== "CANCELLED") {
      return { status: PaymentSessionStatus.REQUIRES_MORE, data }
    }
    if (payment.status !== "PAID" || payment.amount.cancelled !== 0) {
      return {
        status: PaymentSessionStatus.ERROR,
        data: { ...this.fromV2(data, payment), status: "cancelled", fail_reason: "the payment was cancelled in whole or in part" },
      }
    }
    if (payment.amount.total !== expectedTotal(data) || payment.currency !== "KRW") {
      const ours = data.group_total !== undefined || issuedForSession(data)
      this.logger.warn(
        `portone: ${payment.id} paid ${payment.amount.total} ${payment.currency} for ${expectedTotal(data)} KRW; ${ours ? "cancelling it" : "not ours to cancel"}`
      )
      if (!ours) {
        return { status: PaymentSessionStatus.ERROR, data: { ...data, fail_reason: "amount mismatch" } }
      }
      await this.v2Client.cancel({
        paymentId: payment.id,
        currentCancellableAmount: cancellableBalance(payment.amount.total, payment.amount.cancelled),
        reason: "결제 금액 불일치",
        idempotencyKey: `amount-mismatch-${payment.id}`,
      })
      return { status: PaymentSessionStatus.ERROR, data: { ...data, status: "cancelled", fail_reason: "amount mismatch: the payment was cancelled" } }
    }
    this.logger.info(`portone: ${payment.id} paid (V2)`)
    return { status: PaymentSessionStatus.CAPTURED, data: this.fromV2(data, payment) }
  }

  private fromV2(data: PortOnePaymentData, payment: V2Payment): PortOnePaymentData {
    if (payment.status !== "PAID" && payment.status !== "PARTIAL_CANCELLED" && payment.status !== "CANCELLED") {
      return data
    }
    const method = payment.method && "type" in payment.method && payment.method.type === "PaymentMethodCard" ? payment.method : undefined
    return {
      ...data,
      status: payment.status === "CANCELLED" ? "cancelled" : "paid",
      transaction_id: payment.transactionId,
      card_masked: method?.card?.number ? maskCardNumber(method.card.number) : data.card_masked,
      card_company: method?.card?.name ?? data.card_company,
      approval_number: method?.approvalNumber ?? data.approval_number,
      pg_provider: payment.channel.pgProvider,
      paid_amount: payment.amount.total,
      cancelled_amount: payment.amount.cancelled,
      paid_at: payment.paidAt,
      receipt_url: payment.receiptUrl ?? data.receipt_url,
      cancel_history: (payment.cancellations ?? [])
        .filter((c) => c.status === "SUCCEEDED")
        .map((c) => ({
          amount: "totalAmount" in c ? c.totalAmount : 0,
          cancelled_at: ("cancelledAt" in c ? c.cancelledAt : undefined) ?? "",
          cancellation_id: c.id,
        })),
      fail_reason: undefined,
    }
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
    if (data.flow === "v2_browser") {
      try {
        await this.v2Client.cancel({ paymentId: data.payment_id, amount, currentCancellableAmount: balance, reason: "구매자 요청 환불", idempotencyKey })
      } catch (error) {
        // Same key, same answer: a retry after a timeout cannot refund twice.
        if (!(error instanceof PortOneTransportError)) {
          throw error
        }
        await this.v2Client.cancel({ paymentId: data.payment_id, amount, currentCancellableAmount: balance, reason: "구매자 요청 환불", idempotencyKey })
      }
      const payment = await this.v2Client.getPayment(data.payment_id)
      this.logger.info(`portone: refunded ${amount} of ${data.payment_id}`)
      return { data: payment ? this.fromV2(data, payment) : { ...data, cancelled_amount: cancelled + amount } }
    }
    const impUid = data.imp_uid
    if (!impUid) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The payment was never completed at PortOne")
    }
    let payment: V1Payment
    try {
      payment = await this.v1Client.cancel({ imp_uid: impUid, amount, checksum: balance, reason: "구매자 요청 환불" })
    } catch (error) {
      if (!(error instanceof PortOneTransportError)) {
        throw error
      }
      // V1 has no idempotency key: find out whether the cancel happened before retrying anything.
      const current = await this.v1Client.getPayment(impUid)
      if (!current || current.cancel_amount !== cancelled + amount) {
        throw error
      }
      payment = current
    }
    this.logger.info(`portone: refunded ${amount} of ${impUid}`)
    return { data: this.fromV1(data, payment) }
  }

  /**
   * Voids the payment (Medusa's cancel, e.g. a failed order completion). PortOne's own state
   * decides what is left, so a payment that was already refunded is left alone.
   */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = readData(input.data)
    if (data.flow === "v2_browser") {
      const payment = await this.v2Client.getPayment(data.payment_id)
      if (!payment || (payment.status !== "PAID" && payment.status !== "PARTIAL_CANCELLED")) {
        return { data: payment ? this.fromV2(data, payment) : data }
      }
      const balance = cancellableBalance(payment.amount.total, payment.amount.cancelled)
      await this.v2Client.cancel({
        paymentId: payment.id,
        currentCancellableAmount: balance,
        reason: "주문 처리 실패",
        idempotencyKey: input.context?.idempotency_key ?? `void-${payment.id}`,
      })
      const after = await this.v2Client.getPayment(payment.id)
      return { data: after ? this.fromV2(data, after) : data }
    }
    const payment = data.imp_uid
      ? await this.v1Client.getPayment(data.imp_uid)
      : await this.v1Client.findByMerchantUid(data.merchant_uid)
    if (!payment || payment.status !== "paid") {
      return { data: payment ? this.fromV1(data, payment) : data }
    }
    const balance = cancellableBalance(payment.amount, payment.cancel_amount)
    const after = await this.v1Client.cancel({ imp_uid: payment.imp_uid, amount: balance, checksum: balance, reason: "주문 처리 실패" })
    this.logger.info(`portone: voided ${payment.imp_uid}`)
    return { data: this.fromV1(data, after) }
  }

  // ───────────────────────────── reads ─────────────────────────────

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const data = readData(input.data)
    if (data.flow === "v2_browser") {
      const payment = await this.v2Client.getPayment(data.payment_id)
      return { data: payment ? this.fromV2(data, payment) : data }
    }
    const payment = data.imp_uid
      ? await this.v1Client.getPayment(data.imp_uid)
      : await this.v1Client.findByMerchantUid(data.merchant_uid)
    return { data: payment ? this.fromV1(data, payment) : data }
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
   *
   * Cancellations map to `not_supported`: refunds are made through Medusa (refundPayment), and
   * Medusa has no webhook action that records a refund, so applying PortOne's cancel webhooks
   * could only refund twice.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const ignored: WebhookActionResult = { action: PaymentActions.NOT_SUPPORTED }
    if (isV2Webhook(payload.headers)) {
      const secret = this.options.v2?.webhookSecret
      if (!secret) {
        this.logger.warn("portone: V2 webhook received but PORTONE_WEBHOOK_SECRET is not set; ignored")
        return ignored
      }
      const verified = await verifyV2Webhook(secret, rawBodyText(payload.rawData), payload.headers, this.replays)
      if (!verified.ok) {
        this.logger.warn(`portone: V2 webhook rejected (${verified.reason})`)
        return ignored
      }
      const webhook = verified.webhook
      if (webhook.type !== "Transaction.Paid" && webhook.type !== "Transaction.Failed") {
        return ignored
      }
      const paymentId = webhook.data.paymentId
      const sessionId = sessionIdFromPortOneId(paymentId)
      const payment = sessionId ? await this.v2Client.getPayment(paymentId) : undefined
      if (!sessionId || !payment) {
        return ignored
      }
      if (payment.status === "PAID") {
        return { action: PaymentActions.SUCCESSFUL, data: { session_id: sessionId, amount: payment.amount.total } }
      }
      if (payment.status === "FAILED") {
        return { action: PaymentActions.FAILED, data: { session_id: sessionId, amount: payment.amount.total } }
      }
      return ignored
    }

    const body = this.v1WebhookBody(payload)
    if (!body.imp_uid || !this.v1) {
      return ignored
    }
    const payment = await this.v1Client.getPayment(body.imp_uid)
    const sessionId = sessionIdFromPortOneId(payment?.merchant_uid)
    if (!payment || !sessionId) {
      return ignored
    }
    if (payment.status === "paid" && payment.cancel_amount === 0) {
      return { action: PaymentActions.SUCCESSFUL, data: { session_id: sessionId, amount: payment.amount } }
    }
    if (payment.status === "failed") {
      return { action: PaymentActions.FAILED, data: { session_id: sessionId, amount: payment.amount } }
    }
    if (payment.status === "ready") {
      return { action: PaymentActions.PENDING, data: { session_id: sessionId, amount: payment.amount } }
    }
    return ignored
  }

  /** V1 webhooks come as JSON or as a form; only `imp_uid` is read, then re-queried. */
  private v1WebhookBody(payload: ProviderWebhookPayload["payload"]): { imp_uid?: string } {
    const fromData = payload.data?.imp_uid
    if (typeof fromData === "string") {
      return { imp_uid: fromData }
    }
    const raw = rawBodyText(payload.rawData)
    if (!raw) {
      return {}
    }
    const impUid = new URLSearchParams(raw).get("imp_uid")
    return impUid ? { imp_uid: impUid } : {}
  }
}

export default PortOneProviderService
