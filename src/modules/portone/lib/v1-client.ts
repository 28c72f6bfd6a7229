import { MedusaError } from "@medusajs/framework/utils"
import { requestJson, type JsonResponse } from "./http"

/** PortOne V1 `PaymentAnnotation`, the fields Gopang reads. */
export type V1Payment = {
  imp_uid: string
  merchant_uid: string
  status: "ready" | "paid" | "cancelled" | "failed"
  amount: number
  cancel_amount: number
  currency: string
  pay_method?: string
  pg_provider?: string | null
  apply_num?: string | null
  card_code?: string | null
  card_name?: string | null
  card_number?: string | null
  custom_data?: string | null
  paid_at?: number
  failed_at?: number
  cancelled_at?: number
  fail_reason?: string | null
  receipt_url?: string | null
  cancel_history?: V1CancelHistory[]
}

export type V1CancelHistory = {
  pg_tid: string
  amount: number
  cancelled_at: number
  reason: string
  cancellation_id: string
  receipt_url?: string
}

type V1Envelope<T> = { code: number; message: string | null; response: T | null }

type V1Token = { access_token: string; now: number; expired_at: number }

export type V1OnetimeRequest = {
  merchant_uid: string
  amount: number
  card_number: string
  expiry: string
  birth?: string
  pwd_2digit?: string
  cvc?: string
  name?: string
  custom_data?: string
  buyer_email?: string
  buyer_name?: string
  notice_url?: string
  pg?: string
}

export type V1ClientOptions = {
  baseUrl: string
  impKey: string
  impSecret: string
  timeoutMs: number
  /** Renew this many seconds before `expired_at`; PortOne extends a token asked for in its last minute. */
  refreshMarginSeconds?: number
}

/** A `code != 0` answer: PortOne understood the request and refused it. */
export class PortOneRefusal extends MedusaError {
  constructor(
    readonly operation: string,
    readonly portOneMessage: string
  ) {
    super(MedusaError.Types.NOT_ALLOWED, `PortOne refused ${operation}: ${portOneMessage}`)
  }
}

function isEnvelope<T>(body: unknown): body is V1Envelope<T> {
  return typeof body === "object" && body !== null && typeof (body as { code?: unknown }).code === "number"
}

/**
 * PortOne V1 REST client (api.iamport.kr).
 *
 * One access token per process, shared by concurrent callers (single flight), renewed
 * `refreshMarginSeconds` before `expired_at`. The local deadline is computed from
 * `expired_at - now` as PortOne reports them, so a skewed local clock does not matter. A 401
 * means the token died early (server-side expiry, clock drift): renew once and retry once.
 */
export class PortOneV1Client {
  private token?: { value: string; refreshAt: number }
  private inflight?: Promise<string>

  constructor(
    private readonly options: V1ClientOptions,
    private readonly clock: () => number = Date.now
  ) {}

  async accessToken(): Promise<string> {
    if (this.token && this.clock() < this.token.refreshAt) {
      return this.token.value
    }
    return this.renew()
  }

  /** Renews unless someone already replaced `stale` (many callers can see the same 401). */
  private renew(stale?: string): Promise<string> {
    if (stale && this.token && this.token.value !== stale) {
      return Promise.resolve(this.token.value)
    }
    this.inflight ??= this.issueToken().finally(() => {
      this.inflight = undefined
    })
    return this.inflight
  }

  private async issueToken(): Promise<string> {
    const { status, body } = await requestJson({
      method: "POST",
      url: `${this.options.baseUrl}/users/getToken`,
      body: { imp_key: this.options.impKey, imp_secret: this.options.impSecret },
      timeoutMs: this.options.timeoutMs,
      operation: "POST /users/getToken",
    })
    if (status === 401 || !isEnvelope<V1Token>(body) || body.code !== 0 || !body.response) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "PortOne refused the V1 API key and secret (POST /users/getToken): check PORTONE_IMP_KEY and PORTONE_IMP_SECRET"
      )
    }
    const { access_token, now, expired_at } = body.response
    const lifetime = expired_at - now
    const margin = this.options.refreshMarginSeconds ?? 60
    // A token inside its last minute gets extended by PortOne on the next request, so renewing
    // "now" is right; never schedule a renewal in the past of the issue itself.
    const usable = Math.max(0, lifetime - margin)
    this.token = { value: access_token, refreshAt: this.clock() + usable * 1000 }
    return access_token
  }

  private async authorized(
    method: "GET" | "POST" | "PUT",
    path: string,
    operation: string,
    body?: unknown
  ): Promise<JsonResponse> {
    const send = (token: string) =>
      requestJson({
        method,
        url: `${this.options.baseUrl}${path}`,
        headers: { authorization: `Bearer ${token}` },
        body,
        timeoutMs: this.options.timeoutMs,
        operation,
      })
    const token = await this.accessToken()
    const first = await send(token)
    if (first.status !== 401) {
      return first
    }
    const second = await send(await this.renew(token))
    if (second.status === 401) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `PortOne rejected a fresh access token for ${operation}`)
    }
    return second
  }

  private unwrap<T>(operation: string, response: JsonResponse): T {
    if (!isEnvelope<T>(response.body)) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `PortOne answered ${operation} with an unreadable body`)
    }
    // HTTP 200 is not success: `code != 0` is a refusal even then.
    if (response.body.code !== 0 || response.body.response === null) {
      throw new PortOneRefusal(operation, response.body.message ?? `code ${response.body.code}`)
    }
    return response.body.response
  }

  async prepare(merchantUid: string, amount: number): Promise<void> {
    const operation = "POST /payments/prepare"
    this.unwrap(operation, await this.authorized("POST", "/payments/prepare", operation, { merchant_uid: merchantUid, amount, currency: "KRW" }))
  }

  /** Keyed card payment. The request carries card data: it is never logged nor kept. */
  async payOnetime(request: V1OnetimeRequest): Promise<V1Payment> {
    const operation = "POST /subscribe/payments/onetime"
    return this.unwrap<V1Payment>(operation, await this.authorized("POST", "/subscribe/payments/onetime", operation, request))
  }

  async getPayment(impUid: string): Promise<V1Payment | undefined> {
    const operation = "GET /payments/{imp_uid}"
    const response = await this.authorized("GET", `/payments/${encodeURIComponent(impUid)}`, operation)
    return response.status === 404 ? undefined : this.unwrap<V1Payment>(operation, response)
  }

  async findByMerchantUid(merchantUid: string): Promise<V1Payment | undefined> {
    const operation = "GET /payments/find/{merchant_uid}"
    const response = await this.authorized("GET", `/payments/find/${encodeURIComponent(merchantUid)}`, operation)
    return response.status === 404 ? undefined : this.unwrap<V1Payment>(operation, response)
  }

  async listByStatus(
    status: "all" | "ready" | "paid" | "cancelled" | "failed",
    query: { page?: number; limit?: number; from?: number; to?: number } = {}
  ): Promise<{ total: number; next: number; list: V1Payment[] }> {
    const operation = "GET /payments/status/{payment_status}"
    const params = new URLSearchParams(
      Object.entries(query)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [key, String(value)])
    )
    const response = await this.authorized("GET", `/payments/status/${status}?${params}`, operation)
    return this.unwrap(operation, response)
  }

  /** Full or partial cancel; `checksum` is the balance before this cancel, from our records. */
  async cancel(request: { imp_uid: string; amount: number; checksum: number; reason: string }): Promise<V1Payment> {
    const operation = "POST /payments/cancel"
    return this.unwrap<V1Payment>(operation, await this.authorized("POST", "/payments/cancel", operation, request))
  }
}
