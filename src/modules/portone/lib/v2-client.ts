import { MedusaError } from "@medusajs/framework/utils"
import { requestJson, withTimeout } from "./http"
import { portOneSdk, type V2Cancellation, type V2Payment, type V2PaymentClient } from "./sdk"

export type V2ClientOptions = {
  baseUrl: string
  apiSecret: string
  storeId?: string
  timeoutMs: number
}

type V2ErrorBody = { type: string; message?: string }

function isErrorBody(body: unknown): body is V2ErrorBody {
  return typeof body === "object" && body !== null && typeof (body as { type?: unknown }).type === "string"
}

/** A 4xx answer from V2 (`{ type, message }`): PortOne refused the request. */
export class PortOneV2Refusal extends MedusaError {
  constructor(
    readonly operation: string,
    readonly errorType: string,
    portOneMessage?: string
  ) {
    super(
      errorType === "CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN" || errorType === "PAYMENT_ALREADY_CANCELLED"
        ? MedusaError.Types.CONFLICT
        : MedusaError.Types.NOT_ALLOWED,
      `PortOne refused ${operation}: ${errorType}${portOneMessage ? ` (${portOneMessage})` : ""}`
    )
  }
}

/**
 * PortOne V2 (api.portone.io). Reads go through the official SDK (`getPayment`); writes that need
 * an `Idempotency-Key` or a timeout (the SDK offers neither) are plain HTTP on the same contract.
 */
export class PortOneV2Client {
  private readonly sdk: V2PaymentClient

  constructor(private readonly options: V2ClientOptions) {
    this.sdk = portOneSdk.PaymentClient({ secret: options.apiSecret, baseUrl: options.baseUrl, storeId: options.storeId })
  }

  async getPayment(paymentId: string): Promise<V2Payment | undefined> {
    try {
      return await withTimeout(this.sdk.getPayment({ paymentId }), this.options.timeoutMs, "GET /payments/{paymentId}")
    } catch (error) {
      if (error instanceof portOneSdk.Payment.GetPaymentError && error.data.type === "PAYMENT_NOT_FOUND") {
        return undefined
      }
      if (error instanceof portOneSdk.Payment.GetPaymentError) {
        throw new PortOneV2Refusal("GET /payments/{paymentId}", String(error.data.type))
      }
      if (error instanceof MedusaError) {
        throw error
      }
      // fetch failures inside the SDK (reset, DNS) and non-JSON 5xx bodies.
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The connection to PortOne failed during GET /payments/{paymentId}")
    }
  }

  async preRegister(paymentId: string, totalAmount: number): Promise<void> {
    const operation = "POST /payments/{paymentId}/pre-register"
    const { status, body } = await requestJson({
      method: "POST",
      url: `${this.options.baseUrl}/payments/${encodeURIComponent(paymentId)}/pre-register`,
      headers: { authorization: `PortOne ${this.options.apiSecret}` },
      body: { storeId: this.options.storeId, totalAmount, currency: "KRW" },
      timeoutMs: this.options.timeoutMs,
      operation,
    })
    if (status >= 400) {
      throw new PortOneV2Refusal(operation, isErrorBody(body) ? body.type : `HTTP ${status}`)
    }
  }

  /**
   * Full (no amount) or partial cancel. `currentCancellableAmount` is the balance before this
   * cancel from our records; `idempotencyKey` makes a retry after a timeout safe.
   */
  async cancel(input: {
    paymentId: string
    amount?: number
    currentCancellableAmount: number
    reason: string
    idempotencyKey: string
  }): Promise<V2Cancellation> {
    const operation = "POST /payments/{paymentId}/cancel"
    const { status, body } = await requestJson({
      method: "POST",
      url: `${this.options.baseUrl}/payments/${encodeURIComponent(input.paymentId)}/cancel`,
      headers: {
        authorization: `PortOne ${this.options.apiSecret}`,
        // RFC 8941 string, 16–256 characters.
        "idempotency-key": `"${input.idempotencyKey.padEnd(16, "0").slice(0, 256)}"`,
      },
      body: {
        storeId: this.options.storeId,
        amount: input.amount,
        reason: input.reason,
        currentCancellableAmount: input.currentCancellableAmount,
        requester: "ADMIN",
      },
      timeoutMs: this.options.timeoutMs,
      operation,
    })
    if (status >= 400 || typeof body !== "object" || body === null || !("cancellation" in body)) {
      throw new PortOneV2Refusal(operation, isErrorBody(body) ? body.type : `HTTP ${status}`, isErrorBody(body) ? body.message : undefined)
    }
    return (body as { cancellation: V2Cancellation }).cancellation
  }
}
