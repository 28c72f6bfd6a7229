import { portOneSdk, type V2Webhook } from "./sdk"

export type WebhookHeaders = Record<string, unknown>

export type VerifiedWebhook =
  | { ok: true; webhook: V2Webhook; id: string }
  | { ok: false; reason: string }

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name)
  const value = entry?.[1]
  return typeof value === "string" ? value : undefined
}

export function isV2Webhook(headers: WebhookHeaders): boolean {
  return headerValue(headers, "webhook-signature") !== undefined || headerValue(headers, "webhook-id") !== undefined
}

export function rawBodyText(rawData: string | Buffer | { type?: string; data?: number[] } | undefined): string | undefined {
  if (typeof rawData === "string") {
    return rawData
  }
  if (Buffer.isBuffer(rawData)) {
    return rawData.toString("utf8")
  }
  // A Buffer that crossed a Redis event bus arrives as its JSON form.
  if (rawData && rawData.type === "Buffer" && Array.isArray(rawData.data)) {
    return Buffer.from(rawData.data).toString("utf8")
  }
  return undefined
}

/**
 * Standard Webhooks verification (PortOne V2): HMAC-SHA256 over `id.timestamp.rawBody`, a
 * timestamp within 5 minutes, then a replay check on `webhook-id`. The signature must be checked
 * on the raw body: a re-serialised JSON body would not match.
 */
export async function verifyV2Webhook(
  secret: string,
  rawBody: string | undefined,
  headers: WebhookHeaders,
  replays: ReplayGuard
): Promise<VerifiedWebhook> {
  if (rawBody === undefined) {
    return { ok: false, reason: "RAW_BODY_MISSING" }
  }
  const plain: Record<string, string> = {}
  for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"]) {
    const value = headerValue(headers, name)
    if (value !== undefined) {
      plain[name] = value
    }
  }
  let webhook: V2Webhook
  try {
    webhook = await portOneSdk.Webhook.verify(secret, rawBody, plain)
  } catch (error) {
    const reason =
      error instanceof portOneSdk.Webhook.WebhookVerificationError ? error.reason : "INVALID_INPUT"
    return { ok: false, reason }
  }
  const id = plain["webhook-id"]
  if (!replays.firstSighting(id)) {
    return { ok: false, reason: "REPLAYED" }
  }
  return { ok: true, webhook, id }
}

/**
 * Remembers webhook ids for longer than the 5-minute timestamp tolerance, after which a replay
 * is refused by its timestamp anyway. Per process: a replay reaching another process is still
 * harmless because every webhook is re-checked against PortOne before it changes anything.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>()

  constructor(private readonly windowMs = 10 * 60 * 1000) {}

  firstSighting(id: string): boolean {
    const now = Date.now()
    for (const [key, at] of this.seen) {
      if (now - at > this.windowMs) {
        this.seen.delete(key)
      }
    }
    if (this.seen.has(id)) {
      return false
    }
    this.seen.set(id, now)
    return true
  }
}
