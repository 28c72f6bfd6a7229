import { createHmac } from "node:crypto"
import { rawBodyText, ReplayGuard, verifyV2Webhook } from "../lib/webhook"

const secret = `whsec_${Buffer.from("unit-test-webhook-secret-32bytes").toString("base64")}`

function sign(body: string, { id = "wh_1", timestamp = Math.floor(Date.now() / 1000), key = secret } = {}) {
  const raw = Buffer.from(key.replace(/^whsec_/, ""), "base64")
  const signature = createHmac("sha256", raw).update(`${id}.${timestamp}.${body}`).digest("base64")
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": `v1,${signature}` }
}

const body = JSON.stringify({
  type: "Transaction.Paid",
  timestamp: "2026-11-23T00:00:00Z",
  data: { storeId: "store-1", paymentId: "gp01JC9Z7Q8R2X3V4W5Y6T7N8M9P", transactionId: "tx-1" },
})

describe("verifyV2Webhook", () => {
  it("accepts PortOne's signature over the raw body", async () => {
    const result = await verifyV2Webhook(secret, body, sign(body), new ReplayGuard())
    expect(result.ok).toBe(true)
    expect(result.ok && result.webhook.type).toEqual("Transaction.Paid")
  })

  it("rejects a forged signature, an altered body, stale or future timestamps, missing headers", async () => {
    const forged = sign(body, { key: `whsec_${Buffer.from("another-secret-entirely-32bytes!").toString("base64")}` })
    const check = (raw: string | undefined, headers: Record<string, string>) => verifyV2Webhook(secret, raw, headers, new ReplayGuard())
    expect(await check(body, forged)).toEqual({ ok: false, reason: "NO_MATCHING_SIGNATURE" })
    expect(await check(body.replace("tx-1", "tx-2"), sign(body))).toEqual({ ok: false, reason: "NO_MATCHING_SIGNATURE" })
    const now = Math.floor(Date.now() / 1000)
    expect(await check(body, sign(body, { timestamp: now - 6 * 60 }))).toEqual({ ok: false, reason: "TIMESTAMP_TOO_OLD" })
    expect(await check(body, sign(body, { timestamp: now + 6 * 60 }))).toEqual({ ok: false, reason: "TIMESTAMP_TOO_NEW" })
    expect(await check(body, {})).toEqual({ ok: false, reason: "MISSING_REQUIRED_HEADERS" })
    expect(await check(undefined, sign(body))).toEqual({ ok: false, reason: "RAW_BODY_MISSING" })
  })

  it("rejects a replay of the same webhook-id", async () => {
    const replays = new ReplayGuard()
    const headers = sign(body, { id: "wh_replayed" })
    expect((await verifyV2Webhook(secret, body, headers, replays)).ok).toBe(true)
    expect(await verifyV2Webhook(secret, body, headers, replays)).toEqual({ ok: false, reason: "REPLAYED" })
  })
})

describe("rawBodyText", () => {
  it("reads strings, Buffers and Buffers serialised by a Redis event bus", () => {
    expect(rawBodyText("a=1")).toEqual("a=1")
    expect(rawBodyText(Buffer.from("{}"))).toEqual("{}")
    expect(rawBodyText({ type: "Buffer", data: [123, 125] })).toEqual("{}")
    expect(rawBodyText(undefined)).toBeUndefined()
  })
})
