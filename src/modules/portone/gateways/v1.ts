import type { AuthorizePaymentOutput, Logger, ProviderWebhookPayload, WebhookActionResult } from "@medusajs/framework/types"
import { MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { cancellableBalance } from "../lib/amounts"
import { formatCardNumberForV1, maskCardNumber, takeCard, type CardInput } from "../lib/card"
import { PortOneTransportError } from "../lib/http"
import { sessionIdFromPortOneId } from "../lib/ids"
import { PortOneRefusal, PortOneV1Client, type V1Payment } from "../lib/v1-client"
import { rawBodyText } from "../lib/webhook"
import type { PortOneOptions } from "../options"
import { expectedTotal, PORTONE_CARD_TOKEN_KEY, type PortOnePaymentData } from "../session-data"
import type { PortOneGateway, PortOneRefund } from "./gateway"

const isoFromUnix = (seconds: number | undefined) => (seconds ? new Date(seconds * 1000).toISOString() : undefined)

/**
 * PortOne V1 (api.iamport.kr): keyed card payments (`flow: "keyed"`) and browser payments the
 * SDK reports by `imp_uid` (`flow: "v1_browser"`). V1 has no idempotency key, so every write
 * whose answer was lost is followed by a lookup before anything is decided.
 */
export class PortOneV1Gateway implements PortOneGateway {
  private readonly v1?: PortOneV1Client

  constructor(
    private readonly logger: Logger,
    private readonly options: PortOneOptions
  ) {
    if (options.v1) {
      this.v1 = new PortOneV1Client({ ...options.v1, timeoutMs: options.timeoutMs })
    }
  }

  private get client(): PortOneV1Client {
    if (!this.v1) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "PortOne V1 is not configured (PORTONE_IMP_KEY, PORTONE_IMP_SECRET)")
    }
    return this.v1
  }

  async registerExpectedAmount(portOneId: string, amount: number): Promise<void> {
    await this.client.prepare(portOneId, amount)
  }

  browserFields(): Pick<PortOnePaymentData, "store_id" | "channel_key"> {
    return { store_id: undefined, channel_key: undefined }
  }

  async authorize(data: PortOnePaymentData, context: Record<string, unknown>): Promise<AuthorizePaymentOutput> {
    if (data.flow === "v1_browser") {
      return this.verifyBrowserPayment(data)
    }
    const token = context[PORTONE_CARD_TOKEN_KEY]
    const card = typeof token === "string" ? takeCard(token) : undefined
    if (card) {
      return this.chargeKeyed(data, card)
    }
    // No card: this is a webhook or a retry after a lost answer. If PortOne has the charge,
    // settle it rather than leave it without a Medusa payment.
    const charged = await this.client.findByMerchantUid(data.merchant_uid)
    return charged?.status === "paid" ? this.settle(data, charged) : { status: PaymentSessionStatus.REQUIRES_MORE, data }
  }

  private async verifyBrowserPayment(data: PortOnePaymentData): Promise<AuthorizePaymentOutput> {
    if (!data.imp_uid) {
      return { status: PaymentSessionStatus.REQUIRES_MORE, data }
    }
    const payment = await this.client.getPayment(data.imp_uid)
    // A payment made for another order must never settle this one.
    if (!payment || payment.merchant_uid !== data.merchant_uid) {
      return { status: PaymentSessionStatus.ERROR, data: { ...data, fail_reason: "PortOne has no payment for this order" } }
    }
    return this.settle(data, payment)
  }

  private async chargeKeyed(data: PortOnePaymentData, card: CardInput): Promise<AuthorizePaymentOutput> {
    let payment: V1Payment | undefined
    try {
      payment = await this.client.payOnetime({
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
      payment = await this.client.findByMerchantUid(data.merchant_uid)
      if (!payment) {
        return {
          status: PaymentSessionStatus.ERROR,
          data: { ...data, status: "failed", fail_reason: "PortOne did not confirm the payment" },
        }
      }
    }
    return this.settle(data, payment, card)
  }

  /** Checks PortOne's record against the session; a wrong amount is cancelled at once. */
  private async settle(data: PortOnePaymentData, payment: V1Payment, card?: CardInput): Promise<AuthorizePaymentOutput> {
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
        await this.client.cancel({ imp_uid: payment.imp_uid, amount: balance, checksum: balance, reason: "결제 금액 불일치" })
      }
      return {
        status: PaymentSessionStatus.ERROR,
        data: { ...data, imp_uid: payment.imp_uid, status: "cancelled", fail_reason: "amount mismatch: the payment was cancelled" },
      }
    }
    this.logger.info(`portone: ${data.merchant_uid} paid (${payment.imp_uid})`)
    return { status: PaymentSessionStatus.CAPTURED, data: this.toSessionData(data, payment, card) }
  }

  private toSessionData(data: PortOnePaymentData, payment: V1Payment, card?: CardInput): PortOnePaymentData {
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

  async refund(data: PortOnePaymentData, { amount, balance, cancelled }: PortOneRefund): Promise<PortOnePaymentData> {
    const impUid = data.imp_uid
    if (!impUid) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The payment was never completed at PortOne")
    }
    let payment: V1Payment
    try {
      payment = await this.client.cancel({ imp_uid: impUid, amount, checksum: balance, reason: "구매자 요청 환불" })
    } catch (error) {
      if (!(error instanceof PortOneTransportError)) {
        throw error
      }
      // V1 has no idempotency key: find out whether the cancel happened before retrying anything.
      const current = await this.client.getPayment(impUid)
      if (!current || current.cancel_amount !== cancelled + amount) {
        throw error
      }
      payment = current
    }
    this.logger.info(`portone: refunded ${amount} of ${impUid}`)
    return this.toSessionData(data, payment)
  }

  async void(data: PortOnePaymentData): Promise<PortOnePaymentData> {
    const payment = await this.find(data)
    if (!payment || payment.status !== "paid") {
      return payment ? this.toSessionData(data, payment) : data
    }
    const balance = cancellableBalance(payment.amount, payment.cancel_amount)
    const after = await this.client.cancel({ imp_uid: payment.imp_uid, amount: balance, checksum: balance, reason: "주문 처리 실패" })
    this.logger.info(`portone: voided ${payment.imp_uid}`)
    return this.toSessionData(data, after)
  }

  async lookup(data: PortOnePaymentData): Promise<PortOnePaymentData> {
    const payment = await this.find(data)
    return payment ? this.toSessionData(data, payment) : data
  }

  /** By imp_uid once PortOne named the payment, else by the merchant_uid we issued. */
  private find(data: PortOnePaymentData): Promise<V1Payment | undefined> {
    return data.imp_uid ? this.client.getPayment(data.imp_uid) : this.client.findByMerchantUid(data.merchant_uid)
  }

  /** V1 webhooks are unsigned and only name a payment: it is re-read from PortOne. */
  async webhook(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const ignored: WebhookActionResult = { action: PaymentActions.NOT_SUPPORTED }
    const impUid = webhookImpUid(payload)
    if (!impUid || !this.v1) {
      return ignored
    }
    const payment = await this.v1.getPayment(impUid)
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
}

/** V1 webhooks come as JSON or as a form; only `imp_uid` is read, then re-queried. */
function webhookImpUid(payload: ProviderWebhookPayload["payload"]): string | undefined {
  const fromData = payload.data?.imp_uid
  if (typeof fromData === "string") {
    return fromData
  }
  const raw = rawBodyText(payload.rawData)
  if (!raw) {
    return undefined
  }
  return new URLSearchParams(raw).get("imp_uid") || undefined
}
