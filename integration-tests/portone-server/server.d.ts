/** Types for ./server.js (plain CommonJS so that `npm start` can run it without a compiler). */

// The fake answers with the same documented PaymentAnnotation the provider reads.
import type { V1CancelHistory, V1Payment } from "../../src/modules/portone/lib/v1-client"

export type { V1CancelHistory, V1Payment }

export type V2Payment = {
  status: string
  id: string
  transactionId: string
  amount: { total: number; paid: number; cancelled: number }
  currency: string
  cancellations: { id: string; status: string; totalAmount: number }[]
}

export type RecordedRequest = {
  at: number
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  body: Record<string, unknown> | null
  status: number
}

export type PortOneTestServerOptions = {
  impKey?: string
  impSecret?: string
  apiSecret?: string
  storeId?: string
  webhookSecret?: string
  webhookUrl?: string
  slowResponseMs?: number
  ports?: { v1?: number; v2?: number }
}

export declare class PortOneTestServer {
  constructor(options?: PortOneTestServerOptions)
  readonly impKey: string
  readonly impSecret: string
  readonly apiSecret: string
  readonly storeId: string
  readonly webhookSecret: string
  webhookUrl: string | undefined
  slowResponseMs: number
  tokenTtlSeconds: number
  clockOffsetSeconds: number
  readonly v1Url: string
  readonly v2Url: string
  readonly requests: RecordedRequest[]
  readonly deliveredWebhooks: { body: string; status: number }[]
  readonly tokens: Map<string, { access_token: string; expired_at: number }>
  readonly v1Payments: Map<string, V1Payment>
  readonly v2Payments: Map<string, V2Payment>
  now(): number
  providerEnv(): Record<string, string>
  start(ports?: { v1?: number; v2?: number }): Promise<this>
  stop(): Promise<void>
  expireTokens(): void
  count(method: string, pathPrefix: string): number
  v1Payment(impUid: string): V1Payment | undefined
  v1PaymentByMerchantUid(merchantUid: string): V1Payment | undefined
  v2Payment(paymentId: string): V2Payment | undefined
  payV1InBrowser(input: { merchant_uid: string; amount: number; name?: string; ignorePreparation?: boolean }): V1Payment
  payV2InBrowser(input: {
    paymentId: string
    totalAmount: number
    currency?: string
    orderName?: string
    ignorePreRegistration?: boolean
  }): V2Payment
  /** The demo payment window (`GET /demo/checkout`) for an issued, pre-registered V2 paymentId. */
  checkoutUrl(paymentId: string, redirectUrl?: string): string
  signWebhook(
    body: string,
    options?: { id?: string; timestamp?: number; secret?: string }
  ): Record<string, string>
  v2WebhookBody(type: string, paymentId: string, extra?: Record<string, unknown>): string
  /** The next `count` V1 cancels are refused (`code: 1`, the message) and cancel nothing. */
  refuseNextCancels(count?: number, message?: string): void
  /** The next `count` cancels (V1 or V2) answer HTTP 500 and cancel nothing. */
  failNextCancels(count?: number): void
  cancelV1InConsole(impUid: string, amount?: number): { status: number; body: unknown }
  deliverWebhook(body: string, headers?: Record<string, string>): Promise<number | undefined>
}

export declare function startPortOneTestServer(options?: PortOneTestServerOptions): Promise<PortOneTestServer>
export declare const MAGIC_CARDS: Record<string, string>
