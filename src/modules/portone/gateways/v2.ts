import type { AuthorizePaymentOutput, Logger, ProviderWebhookPayload, WebhookActionResult } from "@medusajs/framework/types"
import { MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { cancellableBalance } from "../lib/amounts"
import { maskCardNumber } from "../lib/card"
import { PortOneTransportError } from "../lib/http"
import { sessionIdFromPortOneId } from "../lib/ids"
import type { V2Payment } from "../lib/sdk"
import { PortOneV2Client } from "../lib/v2-client"
import { rawBodyText, ReplayGuard, verifyV2Webhook } from "../lib/webhook"
import type { PortOneOptions } from "../options"
import { expectedTotal, issuedForSession, type PortOnePaymentData } from "../session-data"
import type { PortOneGateway, PortOneRefund } from "./gateway"

/**
 * PortOne V2 (api.portone.io): browser payments (`flow: "v2_browser"`) verified on the server
 * by `paymentId`, cancels with `currentCancellableAmount` and an Idempotency-Key, and signed
 * webhooks.
 */
export class PortOneV2Gateway implements PortOneGateway {
  private readonly v2?: PortOneV2Client
  private readonly replays = new ReplayGuard()

  constructor(
    private readonly logger: Logger,
    private readonly options: PortOneOptions
  ) {
    if (options.v2) {
      this.v2 = new PortOneV2Client({ ...options.v2, timeoutMs: options.timeoutMs })
    }
  }

  private get client(): PortOneV2Client {
    if (!this.v2) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "PortOne V2 is not configured (PORTONE_API_SECRET)")
    }
    return this.v2
  }

  async registerExpectedAmount(portOneId: string, amount: number): Promise<void> {
    await this.client.preRegister(portOneId, amount)
  }

  browserFields(): Pick<PortOnePaymentData, "store_id" | "channel_key"> {
    return { store_id: this.options.v2?.storeId, channel_key: this.options.v2?.channelKey }
  }

  /**
   * Only a fully paid, never-cancelled payment of exactly the expected amount in KRW counts. A
   * payment of another amount is cancelled, but only when it is ours to cancel: the id was
   * issued for this session, or the saga verified it as issued to the customer (a share).
   * Anything cancelled in part (PARTIAL_CANCELLED) is refused as it is.
   */
  async authorize(data: PortOnePaymentData): Promise<AuthorizePaymentOutput> {
    const payment = await this.client.getPayment(data.payment_id)
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
        data: { ...this.toSessionData(data, payment), status: "cancelled", fail_reason: "the payment was cancelled in whole or in part" },
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
      await this.client.cancel({
        paymentId: payment.id,
        currentCancellableAmount: cancellableBalance(payment.amount.total, payment.amount.cancelled),
        reason: "결제 금액 불일치",
        idempotencyKey: `amount-mismatch-${payment.id}`,
      })
      return { status: PaymentSessionStatus.ERROR, data: { ...data, status: "cancelled", fail_reason: "amount mismatch: the payment was cancelled" } }
    }
    this.logger.info(`portone: ${payment.id} paid (V2)`)
    return { status: PaymentSessionStatus.CAPTURED, data: this.toSessionData(data, payment) }
  }

  private toSessionData(data: PortOnePaymentData, payment: V2Payment): PortOnePaymentData {
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

  async refund(data: PortOnePaymentData, { amount, balance, cancelled, idempotencyKey }: PortOneRefund): Promise<PortOnePaymentData> {
    const cancel = { paymentId: data.payment_id, amount, currentCancellableAmount: balance, reason: "구매자 요청 환불", idempotencyKey }
    try {
      await this.client.cancel(cancel)
    } catch (error) {
      // Same key, same answer: a retry after a timeout cannot refund twice.
      if (!(error instanceof PortOneTransportError)) {
        throw error
      }
      await this.client.cancel(cancel)
    }
    const payment = await this.client.getPayment(data.payment_id)
    this.logger.info(`portone: refunded ${amount} of ${data.payment_id}`)
    return payment ? this.toSessionData(data, payment) : { ...data, cancelled_amount: cancelled + amount }
  }

  async void(data: PortOnePaymentData, idempotencyKey?: string): Promise<PortOnePaymentData> {
    const payment = await this.client.getPayment(data.payment_id)
    if (!payment || (payment.status !== "PAID" && payment.status !== "PARTIAL_CANCELLED")) {
      return payment ? this.toSessionData(data, payment) : data
    }
    const balance = cancellableBalance(payment.amount.total, payment.amount.cancelled)
    await this.client.cancel({
      paymentId: payment.id,
      currentCancellableAmount: balance,
      reason: "주문 처리 실패",
      idempotencyKey: idempotencyKey ?? `void-${payment.id}`,
    })
    const after = await this.client.getPayment(payment.id)
    return after ? this.toSessionData(data, after) : data
  }

  async lookup(data: PortOnePaymentData): Promise<PortOnePaymentData> {
    const payment = await this.client.getPayment(data.payment_id)
    return payment ? this.toSessionData(data, payment) : data
  }

  /** Verified (signature, timestamp, replay), then the payment is re-read from PortOne. */
  async webhook(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const ignored: WebhookActionResult = { action: PaymentActions.NOT_SUPPORTED }
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
    const payment = sessionId ? await this.client.getPayment(paymentId) : undefined
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
}
