"use strict"
/**
 * A local stand-in for PortOne's servers, following the documented V1 (api.iamport.kr) and V2
 * (api.portone.io) contracts closely enough that the Gopang provider cannot tell the difference.
 *
 * It is plain CommonJS with no dependencies so that the Jest suites (in-process) and `npm start`'s
 * demo mode (a plain Node launcher, no TypeScript) can both run it. Types: ./server.d.ts.
 *
 * V1 and V2 listen on two ports because the V2 server SDK builds absolute paths
 * (`new URL("/payments/…", baseUrl)`), so V2 cannot live under a path prefix, and both
 * versions own `GET /payments/{id}`.
 *
 * Magic card numbers (V1 keyed payments):
 *   4000-0000-0000-0002  declined: `code: 1` with the PG's message
 *   4000-0000-0000-0010  declined inside a 200: `code: 0`, `response.status: "failed"`
 *   4000-0000-0000-0028  charged, but the answer comes after `slowResponseMs` (a client timeout)
 *   4000-0000-0000-0036  HTTP 500 before anything is charged
 *   4000-0000-0000-0044  the connection is reset before anything is charged
 * Any other well-formed number is approved.
 */
const crypto = require("node:crypto")
const http = require("node:http")

const TOKEN_TTL_SECONDS = 30 * 60
const TOKEN_EXTENSION_WINDOW_SECONDS = 60
const TOKEN_EXTENSION_SECONDS = 5 * 60
const IDEMPOTENCY_TTL_MS = 3 * 60 * 60 * 1000

const MAGIC_CARDS = {
  "4000000000000002": "decline",
  "4000000000000010": "fail",
  "4000000000000028": "slow",
  "4000000000000036": "error500",
  "4000000000000044": "reset",
}

const CARD_COMPANIES = [
  { prefix: "4", code: "366", name: "신한카드" },
  { prefix: "5", code: "381", name: "KB국민카드" },
  { prefix: "9", code: "361", name: "BC카드" },
]

function randomDigits(length) {
  let out = ""
  while (out.length < length) {
    out += crypto.randomInt(0, 10)
  }
  return out
}

function parseBody(req, raw) {
  if (!raw) {
    return {}
  }
  const type = String(req.headers["content-type"] || "")
  if (type.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(raw))
  }
  try {
    return JSON.parse(raw)
  } catch {
    return null
  }
}

function send(res, status, body, result = {}) {
  if (res.destroyed || res.writableEnded) {
    return
  }
  if (result.location) {
    res.writeHead(status, { location: result.location, "cache-control": "no-store" })
    res.end()
    return
  }
  if (result.html !== undefined) {
    res.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      // Everything is inline and served from here: no script, no external asset.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    })
    res.end(result.html)
    return
  }
  const text = JSON.stringify(body)
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" })
  res.end(text)
}

/** HTML-escapes anything the payment window prints (text and attribute values alike). */
function escapeHtml(value) {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

/** PortOne's redirect: the redirect URL with `paymentId` added to its query. */
function withPaymentId(url, paymentId) {
  const target = new URL(url.href)
  target.searchParams.set("paymentId", paymentId)
  return target.href
}

const won = (amount) => `${Number(amount).toLocaleString("ko-KR")}원`

/** The page of the demo payment window (and its answers): plain HTML, one inline style sheet. */
function demoPage(title, body) {
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Apple SD Gothic Neo","Malgun Gothic",sans-serif;background:#f3f4f6;margin:0;padding:24px;color:#111}
main{max-width:420px;margin:0 auto;background:#fff;border-radius:12px;padding:24px;box-shadow:0 1px 4px rgba(0,0,0,.1)}
h1{font-size:20px;margin:0 0 4px}.demo{color:#b45309;font-size:13px;margin:0 0 16px}
dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:0 0 20px}dt{color:#6b7280}dd{margin:0;word-break:break-all}
.amount{font-size:22px;font-weight:700}label{display:block;font-size:13px;color:#6b7280;margin:8px 0 4px}
input{width:100%;box-sizing:border-box;padding:8px;border:1px solid #d1d5db;border-radius:6px;background:#f9fafb}
button{margin-top:20px;width:100%;padding:12px;border:0;border-radius:8px;background:#2563eb;color:#fff;font-size:16px;font-weight:700;cursor:pointer}
.error{color:#b91c1c}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`
}

/** A redirect target the window may send the browser to: an absolute http(s) URL, or nothing. */
function demoRedirectUrl(value) {
  if (value === undefined || value === null || value === "") {
    return { ok: true, url: undefined }
  }
  if (typeof value !== "string" || value.length > 2048) {
    return { ok: false }
  }
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:" ? { ok: true, url } : { ok: false }
  } catch {
    return { ok: false }
  }
}

const v1Ok = (response) => ({ code: 0, message: null, response })
const v1Fail = (message, code = 1) => ({ code, message, response: null })

class PortOneTestServer {
  constructor(options = {}) {
    this.impKey = options.impKey || "test_imp_key"
    this.impSecret = options.impSecret || "test_imp_secret"
    this.apiSecret = options.apiSecret || "test_v2_api_secret"
    this.storeId = options.storeId || "store-00000000-0000-0000-0000-000000000000"
    this.webhookSecret = options.webhookSecret || `whsec_${Buffer.from("gopang-test-webhook-secret-32byte").toString("base64")}`
    /** Where V2 webhooks are delivered (Medusa's /hooks/payment/portone_portone); unset: none. */
    this.webhookUrl = options.webhookUrl
    this.slowResponseMs = options.slowResponseMs ?? 3000
    this.tokenTtlSeconds = TOKEN_TTL_SECONDS
    /** Seconds added to the server clock, so tests can let tokens expire. */
    this.clockOffsetSeconds = 0
    this.requests = []
    this.deliveredWebhooks = []
    this.tokens = new Map()
    this.currentToken = undefined
    this.v1Payments = new Map()
    this.prepared = new Map()
    this.v2Payments = new Map()
    this.preRegistered = new Map()
    this.idempotency = new Map()
    this.sockets = new Set()
    this.pendingTimers = new Set()
    /** Messages of the next V1 cancels to refuse (see refuseNextCancels). */
    this.cancelRefusals = []
    /** How many of the next cancels (V1 or V2) answer HTTP 500 (see failNextCancels). */
    this.cancelServerErrors = 0
  }

  now() {
    return Math.floor(Date.now() / 1000) + this.clockOffsetSeconds
  }

  async start(ports = {}) {
    const listen = (handler, port) =>
      new Promise((resolve, reject) => {
        const server = http.createServer((req, res) => this.#receive(req, res, handler))
        server.on("connection", (socket) => {
          this.sockets.add(socket)
          socket.on("close", () => this.sockets.delete(socket))
        })
        server.once("error", reject)
        server.listen(port || 0, "127.0.0.1", () => resolve(server))
      })
    this.v1Server = await listen((req, body) => this.#v1(req, body), ports.v1)
    this.v2Server = await listen((req, body) => this.#v2(req, body), ports.v2)
    this.v1Url = `http://127.0.0.1:${this.v1Server.address().port}`
    this.v2Url = `http://127.0.0.1:${this.v2Server.address().port}`
    return this
  }

  async stop() {
    for (const timer of this.pendingTimers) {
      clearTimeout(timer)
    }
    for (const socket of this.sockets) {
      socket.destroy()
    }
    await Promise.all(
      [this.v1Server, this.v2Server].filter(Boolean).map((server) => new Promise((resolve) => server.close(() => resolve())))
    )
  }

  /** The environment that points Gopang's PortOne provider (medusa-config.ts) at this server. */
  providerEnv() {
    return {
      PORTONE_V1_API_URL: this.v1Url,
      PORTONE_IMP_KEY: this.impKey,
      PORTONE_IMP_SECRET: this.impSecret,
      PORTONE_V2_API_URL: this.v2Url,
      PORTONE_API_SECRET: this.apiSecret,
      PORTONE_STORE_ID: this.storeId,
      PORTONE_CHANNEL_KEY: "channel-key-test",
      PORTONE_WEBHOOK_SECRET: this.webhookSecret,
    }
  }

  // ───────────────────────────── test controls ─────────────────────────────

  /** Lets every issued token expire on the server, as if the clocks had drifted. */
  expireTokens() {
    for (const token of this.tokens.values()) {
      token.expired_at = this.now() - 1
    }
  }

  count(method, pathPrefix) {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix)).length
  }

  v1Payment(impUid) {
    return this.v1Payments.get(impUid)
  }

  v1PaymentByMerchantUid(merchantUid) {
    return [...this.v1Payments.values()].find((p) => p.merchant_uid === merchantUid)
  }

  v2Payment(paymentId) {
    return this.v2Payments.get(paymentId)
  }

  /** What the browser SDK (`IMP.request_pay`) leaves behind: a paid V1 payment. */
  payV1InBrowser({ merchant_uid, amount, name = "고팡 주문", ignorePreparation = false }) {
    const prepared = this.prepared.get(merchant_uid)
    if (!ignorePreparation && prepared && prepared.amount !== amount) {
      throw new Error("prepared amount differs: the PG window would not open")
    }
    return this.#createV1Payment({ merchant_uid, amount, name, channel: "pc", cardDigits: "5000000000000000" })
  }

  /** What `PortOne.requestPayment` leaves behind: a paid V2 payment (or a failed one). */
  payV2InBrowser({ paymentId, totalAmount, currency = "KRW", orderName = "고팡 주문", ignorePreRegistration = false }) {
    const registered = this.preRegistered.get(paymentId)
    if (!ignorePreRegistration && registered && registered.totalAmount !== undefined && registered.totalAmount !== totalAmount) {
      throw new Error("pre-registered amount differs")
    }
    const existing = this.v2Payments.get(paymentId)
    if (existing && existing.status !== "READY" && existing.status !== "FAILED") {
      throw new Error("ALREADY_PAID")
    }
    const at = new Date(this.now() * 1000).toISOString()
    const payment = {
      status: "PAID",
      id: paymentId,
      transactionId: `tx-${crypto.randomUUID()}`,
      merchantId: "merchant-gopang-test",
      storeId: this.storeId,
      method: {
        type: "PaymentMethodCard",
        card: { name: "신한카드", number: "53275000****1234", issuer: "SHINHAN", publisher: "SHINHAN" },
        approvalNumber: randomDigits(8),
        installment: { month: 0, isInterestFree: false },
      },
      channel: { type: "TEST", key: "channel-key-test", name: "테스트 채널", pgProvider: "TOSSPAYMENTS", pgMerchantId: "tosstest" },
      version: "V2",
      requestedAt: at,
      updatedAt: at,
      statusChangedAt: at,
      orderName,
      amount: { total: totalAmount, taxFree: 0, vat: Math.floor(totalAmount / 11), supply: totalAmount - Math.floor(totalAmount / 11), discount: 0, paid: totalAmount, cancelled: 0, cancelledTaxFree: 0 },
      currency,
      customer: {},
      origin: { platformType: "PC", ipAddress: "127.0.0.1" },
      paidAt: at,
      pgTxId: `pg-${randomDigits(12)}`,
      receiptUrl: `https://receipt.example/${paymentId}`,
      disputes: [],
      cancellations: [],
      webhooks: [],
    }
    this.v2Payments.set(paymentId, payment)
    return payment
  }

  /**
   * The URL of the demo payment window for one issued (pre-registered) V2 paymentId: what
   * `PortOne.requestPayment` opens in a real browser. `redirectUrl` (http/https) is where the
   * window sends the browser once paid, with `?paymentId=…` added, as PortOne's redirect does.
   */
  checkoutUrl(paymentId, redirectUrl) {
    const url = new URL("/demo/checkout", this.v2Url)
    url.searchParams.set("paymentId", paymentId)
    if (redirectUrl) {
      url.searchParams.set("redirectUrl", redirectUrl)
    }
    return url.href
  }

  /** Signs a V2 webhook the way PortOne does (Standard Webhooks: id.timestamp.body, HMAC-SHA256). */
  signWebhook(body, { id = `wh-${crypto.randomUUID()}`, timestamp = this.now(), secret = this.webhookSecret } = {}) {
    const key = Buffer.from(secret.startsWith("whsec_") ? secret.slice(6) : secret, "base64")
    const signature = crypto.createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")
    return {
      "content-type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": `v1,${signature}`,
    }
  }

  v2WebhookBody(type, paymentId, extra = {}) {
    const payment = this.v2Payments.get(paymentId)
    return JSON.stringify({
      type,
      timestamp: new Date(this.now() * 1000).toISOString(),
      data: { storeId: this.storeId, paymentId, transactionId: payment ? payment.transactionId : "unknown", ...extra },
    })
  }

  /**
   * Fault injection: the next `count` V1 cancels (`POST /payments/cancel`) are refused with
   * `code: 1` and the message, as PortOne does when the PG declines a cancel, and nothing is
   * cancelled.
   */
  refuseNextCancels(count = 1, message = "[PG] 취소 처리 중 카드사 응답이 없습니다") {
    for (let i = 0; i < count; i++) {
      this.cancelRefusals.push(message)
    }
  }

  /**
   * Fault injection: the next `count` cancels, V1 (`POST /payments/cancel`) or V2
   * (`POST /payments/{id}/cancel`), answer HTTP 500 and cancel nothing (not remembered under an
   * Idempotency-Key either, so a retry is processed).
   */
  failNextCancels(count = 1) {
    this.cancelServerErrors += count
  }

  #takeCancelServerError() {
    if (this.cancelServerErrors > 0) {
      this.cancelServerErrors -= 1
      return { status: 500, body: { type: "INTERNAL_SERVER_ERROR", message: "일시적인 오류입니다" } }
    }
    return undefined
  }

  /** Cancels a V1 payment out of band, as an operator would in PortOne's console. */
  cancelV1InConsole(impUid, amount) {
    const payment = this.v1Payments.get(impUid)
    return this.#cancelV1(payment, { amount, reason: "관리자 콘솔 취소" })
  }

  // ───────────────────────────── plumbing ─────────────────────────────

  #receive(req, res, handler) {
    const chunks = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", async () => {
      const raw = Buffer.concat(chunks).toString("utf8")
      const body = parseBody(req, raw)
      const url = new URL(req.url, "http://localhost")
      const record = {
        at: Date.now(),
        method: req.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
        status: 0,
      }
      this.requests.push(record)
      try {
        const result = await handler({ method: req.method, path: url.pathname, query: url.searchParams, headers: req.headers, body, res }, raw)
        if (!result) {
          return
        }
        record.status = result.status
        if (result.delayMs) {
          const timer = setTimeout(() => {
            this.pendingTimers.delete(timer)
            send(res, result.status, result.body)
          }, result.delayMs)
          this.pendingTimers.add(timer)
          return
        }
        send(res, result.status, result.body, result)
      } catch (error) {
        record.status = 500
        send(res, 500, { code: -1, message: `test server error: ${error.message}`, response: null })
      }
    })
  }

  // ───────────────────────────── V1 ─────────────────────────────

  #v1Auth(headers) {
    const header = String(headers.authorization || headers["x-imptokenheader"] || "")
    const value = header.startsWith("Bearer ") ? header.slice(7) : header
    const token = this.tokens.get(value)
    return token && token.expired_at > this.now() ? token : undefined
  }

  #v1(req) {
    const { method, path, body } = req
    if (body === null) {
      return { status: 400, body: v1Fail("요청 본문을 해석할 수 없습니다", -1) }
    }
    if (method === "POST" && path === "/users/getToken") {
      return this.#issueToken(body)
    }
    if (!this.#v1Auth(req.headers)) {
      return { status: 401, body: v1Fail("Unauthorized", -1) }
    }
    let match
    if (method === "POST" && path === "/payments/prepare") {
      return this.#prepare(body, false)
    }
    if (method === "PUT" && path === "/payments/prepare") {
      return this.#prepare(body, true)
    }
    if (method === "GET" && (match = path.match(/^\/payments\/prepare\/([^/]+)$/))) {
      const prepared = this.prepared.get(decodeURIComponent(match[1]))
      return prepared ? { status: 200, body: v1Ok(prepared) } : { status: 404, body: v1Fail("사전등록된 결제정보가 없습니다") }
    }
    if (method === "POST" && path === "/subscribe/payments/onetime") {
      return this.#onetime(req)
    }
    if (method === "POST" && path === "/payments/cancel") {
      const failure = this.#takeCancelServerError()
      if (failure) {
        return failure
      }
      if (this.cancelRefusals.length) {
        return { status: 200, body: v1Fail(this.cancelRefusals.shift()) }
      }
      const payment = body.imp_uid ? this.v1Payments.get(body.imp_uid) : this.v1PaymentByMerchantUid(body.merchant_uid)
      if (!payment) {
        return { status: 200, body: v1Fail("취소할 결제건이 존재하지 않습니다") }
      }
      return this.#cancelV1(payment, body)
    }
    if (method === "GET" && (match = path.match(/^\/payments\/find\/([^/]+)(?:\/([^/]+))?$/))) {
      const merchantUid = decodeURIComponent(match[1])
      const status = match[2]
      const found = [...this.v1Payments.values()]
        .filter((p) => p.merchant_uid === merchantUid && (!status || p.status === status))
        .sort((a, b) => b.started_at - a.started_at)[0]
      return found ? { status: 200, body: v1Ok(found) } : { status: 404, body: v1Fail("존재하지 않는 결제정보입니다") }
    }
    if (method === "GET" && (match = path.match(/^\/payments\/status\/([^/]+)$/))) {
      return this.#statusList(match[1], req.query)
    }
    if (method === "GET" && path === "/payments") {
      const impUids = req.query.getAll("imp_uid[]")
      const merchantUids = req.query.getAll("merchant_uid[]")
      const found = [
        ...impUids.map((id) => this.v1Payments.get(id)),
        ...merchantUids.map((id) => this.v1PaymentByMerchantUid(id)),
      ]
      const list = found.filter(Boolean)
      if (!list.length) {
        return { status: 404, body: v1Fail("해당되는 결제건을 찾지 못하였습니다") }
      }
      return { status: list.length === found.length ? 200 : 207, body: v1Ok(list) }
    }
    if (method === "GET" && (match = path.match(/^\/payments\/([^/]+)$/))) {
      const payment = this.v1Payments.get(decodeURIComponent(match[1]))
      return payment ? { status: 200, body: v1Ok(payment) } : { status: 404, body: v1Fail("존재하지 않는 결제정보입니다") }
    }
    return { status: 404, body: v1Fail(`no such endpoint: ${method} ${path}`, -1) }
  }

  #issueToken(body) {
    if (body.imp_key !== this.impKey || body.imp_secret !== this.impSecret) {
      return { status: 401, body: v1Fail("imp_key, imp_secret 인증에 실패하였습니다", -1) }
    }
    const now = this.now()
    let token = this.currentToken && this.tokens.get(this.currentToken)
    if (!token || token.expired_at <= now) {
      // After expiry a new token is issued, valid 30 minutes from now.
      token = { access_token: crypto.randomBytes(20).toString("hex"), expired_at: now + this.tokenTtlSeconds }
      this.tokens.set(token.access_token, token)
      this.currentToken = token.access_token
    } else if (token.expired_at - now <= TOKEN_EXTENSION_WINDOW_SECONDS) {
      // Before expiry the same token comes back; within its last minute it is extended by 5 minutes.
      token.expired_at += TOKEN_EXTENSION_SECONDS
    }
    return { status: 200, body: v1Ok({ access_token: token.access_token, now, expired_at: token.expired_at }) }
  }

  #prepare(body, update) {
    const amount = Number(body.amount)
    if (!body.merchant_uid || !Number.isFinite(amount)) {
      return { status: 400, body: v1Fail("merchant_uid, amount 는 필수입니다") }
    }
    if (update && !this.prepared.has(body.merchant_uid)) {
      return { status: 404, body: v1Fail("사전등록된 결제정보가 없습니다") }
    }
    if (!update && this.prepared.has(body.merchant_uid)) {
      return { status: 200, body: v1Fail("이미 사전등록된 merchant_uid 입니다") }
    }
    const prepared = { merchant_uid: body.merchant_uid, amount, currency: body.currency ?? null }
    this.prepared.set(body.merchant_uid, prepared)
    return { status: 200, body: v1Ok(prepared) }
  }

  #onetime(req) {
    const body = req.body
    const amount = Number(body.amount)
    if (!body.merchant_uid || !Number.isFinite(amount) || amount <= 0) {
      return { status: 200, body: v1Fail("merchant_uid, amount 는 필수입니다") }
    }
    if (!/^\d{4}-\d{4}-\d{4}-\d{4}$/.test(String(body.card_number || ""))) {
      return { status: 200, body: v1Fail("카드번호 형식이 올바르지 않습니다 (dddd-dddd-dddd-dddd)") }
    }
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(String(body.expiry || ""))) {
      return { status: 200, body: v1Fail("카드 유효기간 형식이 올바르지 않습니다 (YYYY-MM)") }
    }
    if (body.birth !== undefined && !/^(\d{6}|\d{10})$/.test(String(body.birth))) {
      return { status: 200, body: v1Fail("생년월일 또는 사업자등록번호 형식이 올바르지 않습니다") }
    }
    if (body.pwd_2digit !== undefined && !/^\d{2}$/.test(String(body.pwd_2digit))) {
      return { status: 200, body: v1Fail("카드 비밀번호 앞 2자리 형식이 올바르지 않습니다") }
    }
    const existing = this.v1PaymentByMerchantUid(body.merchant_uid)
    if (existing && existing.status === "paid") {
      return { status: 200, body: v1Fail("이미 결제된 merchant_uid 입니다") }
    }
    const prepared = this.prepared.get(body.merchant_uid)
    if (prepared && prepared.amount !== amount) {
      return { status: 200, body: v1Fail("사전등록된 결제금액과 요청 금액이 다릅니다") }
    }
    const digits = body.card_number.replace(/-/g, "")
    const magic = MAGIC_CARDS[digits]
    if (magic === "error500") {
      return { status: 500, body: v1Fail("일시적인 서버 오류입니다", -1) }
    }
    if (magic === "reset") {
      req.res.socket.destroy()
      return undefined
    }
    if (magic === "decline") {
      return { status: 200, body: v1Fail("[PG] 카드 한도초과 (거절)") }
    }
    const payment = this.#createV1Payment({
      merchant_uid: body.merchant_uid,
      amount,
      name: body.name,
      channel: "api",
      cardDigits: digits,
      custom_data: body.custom_data,
      buyer: body,
      failed: magic === "fail",
    })
    if (magic === "slow") {
      return { status: 200, body: v1Ok(payment), delayMs: this.slowResponseMs }
    }
    return { status: 200, body: v1Ok(payment) }
  }

  #createV1Payment({ merchant_uid, amount, name, channel, cardDigits, custom_data, buyer = {}, failed = false }) {
    const now = this.now()
    const company = CARD_COMPANIES.find((c) => cardDigits.startsWith(c.prefix)) || CARD_COMPANIES[2]
    const payment = {
      imp_uid: `imp_${randomDigits(12)}`,
      merchant_uid,
      pay_method: "card",
      channel,
      pg_provider: "nice",
      emb_pg_provider: null,
      pg_tid: failed ? null : `nictest${randomDigits(12)}`,
      pg_id: "nictest04m",
      sandbox: true,
      escrow: false,
      apply_num: failed ? "" : randomDigits(8),
      bank_code: null,
      bank_name: null,
      card_code: company.code,
      card_name: company.name,
      card_quota: 0,
      // PortOne masks the 7th to 12th digits.
      card_number: `${cardDigits.slice(0, 6)}******${cardDigits.slice(12)}`,
      card_type: 0,
      vbank_code: null,
      vbank_name: null,
      vbank_num: null,
      vbank_holder: null,
      vbank_date: 0,
      vbank_issued_at: 0,
      name: name || null,
      amount,
      cancel_amount: 0,
      currency: "KRW",
      buyer_name: buyer.buyer_name || null,
      buyer_email: buyer.buyer_email || null,
      buyer_tel: buyer.buyer_tel || null,
      buyer_addr: null,
      buyer_postcode: null,
      custom_data: custom_data ?? null,
      user_agent: "sorry_not_supported",
      status: failed ? "failed" : "paid",
      started_at: now,
      paid_at: failed ? 0 : now,
      failed_at: failed ? now : 0,
      cancelled_at: 0,
      fail_reason: failed ? "[PG] 카드 잔액 부족" : null,
      cancel_reason: null,
      receipt_url: failed ? null : `https://iniweb.inicis.com/receipt/${randomDigits(10)}`,
      cancel_history: [],
      cancel_receipt_urls: [],
      cash_receipt_issued: false,
      customer_uid: null,
      customer_uid_usage: null,
    }
    this.v1Payments.set(payment.imp_uid, payment)
    return payment
  }

  #cancelV1(payment, body) {
    if (payment.status !== "paid") {
      return { status: 200, body: v1Fail(payment.status === "cancelled" ? "이미 전액취소된 주문입니다" : "결제완료 상태가 아닌 거래입니다") }
    }
    const cancellable = payment.amount - payment.cancel_amount
    if (body.checksum !== undefined && body.checksum !== null && body.checksum !== "" && Number(body.checksum) !== cancellable) {
      return {
        status: 200,
        body: v1Fail(`checksum 불일치: 요청한 취소가능잔액(${Number(body.checksum)})이 포트원 기록(${cancellable})과 다릅니다`),
      }
    }
    const requested = body.amount === undefined || body.amount === null || Number(body.amount) === 0 ? cancellable : Number(body.amount)
    if (!Number.isFinite(requested) || requested < 0 || requested > cancellable) {
      return { status: 200, body: v1Fail(`취소요청금액(${requested})이 취소가능잔액(${cancellable})을 초과합니다`) }
    }
    const now = this.now()
    payment.cancel_amount += requested
    payment.cancel_history.push({
      pg_tid: `nictest${randomDigits(12)}`,
      amount: requested,
      cancelled_at: now,
      reason: body.reason || "",
      cancellation_id: `cancel_${randomDigits(10)}`,
      receipt_url: `https://iniweb.inicis.com/receipt/cancel/${randomDigits(10)}`,
    })
    // V1 has no partial-cancelled status: it stays `paid` until nothing is left.
    if (payment.cancel_amount === payment.amount) {
      payment.status = "cancelled"
      payment.cancelled_at = now
    }
    payment.cancel_reason = body.reason || null
    return { status: 200, body: v1Ok(payment) }
  }

  #statusList(status, query) {
    const allowed = ["all", "ready", "paid", "cancelled", "failed"]
    if (!allowed.includes(status)) {
      return { status: 400, body: v1Fail("유효하지 않은 payment_status 입니다") }
    }
    const page = Number(query.get("page") || 1)
    const limit = Math.min(Number(query.get("limit") || 20), 1000)
    const to = Number(query.get("to") || this.now())
    const from = Number(query.get("from") || to - 90 * 24 * 3600)
    const timeOf = (p) =>
      ({ ready: p.started_at, paid: p.paid_at, cancelled: p.cancelled_at, failed: p.failed_at })[p.status] || p.started_at
    const list = [...this.v1Payments.values()]
      .filter((p) => (status === "all" || p.status === status) && timeOf(p) >= from && timeOf(p) <= to)
      .sort((a, b) => b.started_at - a.started_at)
    const pages = Math.max(1, Math.ceil(list.length / limit))
    if (page < 1 || page > pages) {
      return { status: 400, body: v1Fail("데이터 범위를 넘어선 page 입니다") }
    }
    const start = (page - 1) * limit
    return {
      status: 200,
      body: v1Ok({
        total: list.length,
        previous: page > 1 ? page - 1 : 0,
        next: page < pages ? page + 1 : 0,
        list: list.slice(start, start + limit),
      }),
    }
  }

  // ───────────────────────────── V2 ─────────────────────────────

  #v2(req) {
    const { method, path, body, headers } = req
    // The payment window is the browser's side of PortOne: it carries no API secret.
    if (path === "/demo/checkout" || path === "/demo/checkout/pay") {
      return this.#demoCheckout(req)
    }
    if (String(headers.authorization || "") !== `PortOne ${this.apiSecret}`) {
      return { status: 401, body: { type: "UNAUTHORIZED", message: "인증 정보가 올바르지 않습니다" } }
    }
    if (body === null) {
      return { status: 400, body: { type: "INVALID_REQUEST", message: "요청 본문을 해석할 수 없습니다" } }
    }
    let match
    if (method === "GET" && (match = path.match(/^\/payments\/([^/]+)$/))) {
      const payment = this.v2Payments.get(decodeURIComponent(match[1]))
      return payment
        ? { status: 200, body: payment }
        : { status: 404, body: { type: "PAYMENT_NOT_FOUND", message: "결제 건이 존재하지 않습니다" } }
    }
    if (method === "POST" && (match = path.match(/^\/payments\/([^/]+)\/pre-register$/))) {
      const paymentId = decodeURIComponent(match[1])
      const existing = this.v2Payments.get(paymentId)
      if (existing && existing.status === "PAID") {
        return { status: 409, body: { type: "ALREADY_PAID", message: "결제가 이미 완료되었습니다" } }
      }
      this.preRegistered.set(paymentId, { totalAmount: body.totalAmount, currency: body.currency })
      return { status: 200, body: {} }
    }
    if (method === "POST" && (match = path.match(/^\/payments\/([^/]+)\/cancel$/))) {
      const failure = this.#takeCancelServerError()
      if (failure) {
        return failure
      }
      return this.#idempotent(headers, `cancel:${match[1]}`, () => this.#cancelV2(decodeURIComponent(match[1]), body))
    }
    return { status: 404, body: { type: "INVALID_REQUEST", message: `no such endpoint: ${method} ${path}` } }
  }

  /**
   * The demo payment window, over HTTP, for a storefront developer without PortOne keys:
   *   GET  /demo/checkout?paymentId=…[&redirectUrl=…]  the window (HTML): amount, test card, 결제하기
   *   POST /demo/checkout/pay  { paymentId, redirectUrl? }  pays as PortOne's browser SDK does for
   *        the test card: PAID at the pre-registered amount. A form post answers with a 303 to
   *        redirectUrl (`paymentId` added) or a receipt page; a JSON post answers JSON.
   * Only pre-registered ids (those Gopang issued through POST /api/v1/payment/browser) open; a
   * paid one is refused. The amount is the pre-registration's, never the request's; no card data
   * is sent (the test card is shown, not submitted).
   */
  #demoCheckout(req) {
    const { method, path, body, query, headers } = req
    const wantsJson = String(headers["content-type"] || "").includes("application/json")
    const input = method === "GET" ? Object.fromEntries(query) : body || {}
    const fail = (status, type, message) =>
      wantsJson
        ? { status, body: { type, message } }
        : {
            status,
            html: demoPage("결제 오류", `<h1>결제할 수 없습니다</h1>\n<p class="demo">포트원 데모 결제창 (실제 결제되지 않습니다)</p>\n<p class="error">${escapeHtml(message)}</p>${
              typeof input.paymentId === "string" && input.paymentId ? `\n<p>결제 ID: <code>${escapeHtml(input.paymentId)}</code></p>` : ""
            }`),
          }
    if (!((method === "GET" && path === "/demo/checkout") || (method === "POST" && path === "/demo/checkout/pay"))) {
      return fail(405, "INVALID_REQUEST", `지원하지 않는 요청입니다: ${method} ${path}`)
    }
    if (body === null) {
      return fail(400, "INVALID_REQUEST", "요청 본문을 해석할 수 없습니다")
    }
    const paymentId = input.paymentId
    if (typeof paymentId !== "string" || !paymentId || paymentId.length > 128) {
      return fail(400, "INVALID_REQUEST", "paymentId: 결제 ID가 필요합니다")
    }
    const redirect = demoRedirectUrl(input.redirectUrl)
    if (!redirect.ok) {
      return fail(400, "INVALID_REQUEST", "redirectUrl: http 또는 https 주소여야 합니다")
    }
    const registered = this.preRegistered.get(paymentId)
    if (!registered || !Number.isInteger(registered.totalAmount) || registered.totalAmount <= 0) {
      return fail(404, "PAYMENT_NOT_FOUND", "paymentId: 사전 등록된 결제가 없습니다. POST /api/v1/payment/browser 로 발급받은 결제 ID인지 확인하세요")
    }
    const existing = this.v2Payments.get(paymentId)
    if (existing && existing.status !== "READY" && existing.status !== "FAILED") {
      return fail(409, "ALREADY_PAID", "paymentId: 이미 결제된 결제 ID입니다")
    }
    const currency = registered.currency || "KRW"

    if (method === "GET") {
      return {
        status: 200,
        html: demoPage(
          "포트원 결제 (데모)",
          `<h1>결제하기</h1>
<p class="demo">포트원 데모 결제창 · 테스트 카드로 결제되며 실제 돈은 오가지 않습니다</p>
<dl>
<dt>결제 ID</dt><dd><code>${escapeHtml(paymentId)}</code></dd>
<dt>결제 금액</dt><dd class="amount" data-amount="${escapeHtml(registered.totalAmount)}">${escapeHtml(won(registered.totalAmount))}</dd>
<dt>통화</dt><dd>${escapeHtml(currency)}</dd>
</dl>
<form method="post" action="/demo/checkout/pay">
<input type="hidden" name="paymentId" value="${escapeHtml(paymentId)}">
${redirect.url ? `<input type="hidden" name="redirectUrl" value="${escapeHtml(redirect.url.href)}">\n` : ""}<label for="card">카드 번호 (테스트 카드)</label>
<input id="card" value="5327-5012-3456-7890" readonly>
<label for="expiry">유효기간</label>
<input id="expiry" value="2031-07" readonly>
<button type="submit">결제하기</button>
</form>`
        ),
      }
    }

    // What PortOne's browser SDK leaves behind for the test card, at the pre-registered amount.
    const payment = this.payV2InBrowser({ paymentId, totalAmount: registered.totalAmount, currency })
    const answer = { paymentId, status: payment.status, totalAmount: payment.amount.total, currency: payment.currency }
    if (wantsJson) {
      return { status: 200, body: { ...answer, redirectUrl: redirect.url ? withPaymentId(redirect.url, paymentId) : null } }
    }
    if (redirect.url) {
      return { status: 303, location: withPaymentId(redirect.url, paymentId) }
    }
    return {
      status: 200,
      html: demoPage(
        "결제 완료 (데모)",
        `<h1>결제가 완료되었습니다</h1>
<p class="demo">포트원 데모 결제창 · 실제 돈은 오가지 않았습니다</p>
<dl>
<dt>결제 ID</dt><dd><code>${escapeHtml(paymentId)}</code></dd>
<dt>결제 금액</dt><dd class="amount">${escapeHtml(won(payment.amount.total))}</dd>
<dt>상태</dt><dd>${escapeHtml(payment.status)}</dd>
</dl>
<p>이제 이 결제 ID로 주문하세요: <code>POST /api/v1/order { payment: { method: "portone_v2", paymentId } }</code></p>`
      ),
    }
  }

  /** `Idempotency-Key` (RFC 8941 string, 16–256 chars): a repeat returns the first answer for 3 hours. */
  #idempotent(headers, scope, run) {
    const header = headers["idempotency-key"]
    if (header === undefined) {
      return run()
    }
    const match = String(header).match(/^"([\x20-\x21\x23-\x5b\x5d-\x7e]{16,256})"$/)
    if (!match) {
      return { status: 400, body: { type: "INVALID_REQUEST", message: "Idempotency-Key 형식이 올바르지 않습니다" } }
    }
    const key = `${scope}:${match[1]}`
    const kept = this.idempotency.get(key)
    if (kept && kept.expiresAt > Date.now()) {
      return kept.result
    }
    const result = run()
    this.idempotency.set(key, { result, expiresAt: Date.now() + IDEMPOTENCY_TTL_MS })
    return result
  }

  #cancelV2(paymentId, body) {
    const payment = this.v2Payments.get(paymentId)
    if (!payment) {
      return { status: 404, body: { type: "PAYMENT_NOT_FOUND", message: "결제 건이 존재하지 않습니다" } }
    }
    if (typeof body.reason !== "string" || !body.reason) {
      return { status: 400, body: { type: "INVALID_REQUEST", message: "reason 은 필수입니다" } }
    }
    if (payment.status === "CANCELLED") {
      return { status: 409, body: { type: "PAYMENT_ALREADY_CANCELLED", message: "결제가 이미 취소되었습니다" } }
    }
    if (payment.status !== "PAID" && payment.status !== "PARTIAL_CANCELLED") {
      return { status: 409, body: { type: "PAYMENT_NOT_PAID", message: "결제가 완료되지 않았습니다" } }
    }
    const cancellable = payment.amount.total - payment.amount.cancelled
    if (body.currentCancellableAmount !== undefined && body.currentCancellableAmount !== cancellable) {
      return {
        status: 409,
        body: { type: "CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN", message: "취소 가능 잔액 검증에 실패했습니다" },
      }
    }
    const amount = body.amount === undefined ? cancellable : body.amount
    if (!Number.isInteger(amount) || amount <= 0 || amount > cancellable) {
      return {
        status: 409,
        body: { type: "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT", message: "취소 금액이 취소 가능 금액을 초과했습니다" },
      }
    }
    const at = new Date(this.now() * 1000).toISOString()
    const cancellation = {
      status: "SUCCEEDED",
      id: `cancel-${crypto.randomUUID()}`,
      pgCancellationId: `pgc-${randomDigits(10)}`,
      totalAmount: amount,
      taxFreeAmount: 0,
      vatAmount: Math.floor(amount / 11),
      reason: body.reason,
      cancelledAt: at,
      requestedAt: at,
      trigger: "API",
    }
    payment.amount.cancelled += amount
    payment.cancellations.push(cancellation)
    payment.status = payment.amount.cancelled === payment.amount.total ? "CANCELLED" : "PARTIAL_CANCELLED"
    payment.updatedAt = at
    payment.statusChangedAt = at
    if (payment.status === "CANCELLED") {
      payment.cancelledAt = at
    }
    if (!body.skipWebhook) {
      const type = payment.status === "CANCELLED" ? "Transaction.Cancelled" : "Transaction.PartialCancelled"
      this.deliverWebhook(this.v2WebhookBody(type, paymentId, { cancellationId: cancellation.id }))
    }
    return { status: 200, body: { cancellation } }
  }

  /** Posts a signed V2 webhook to `webhookUrl`, like PortOne's delivery (fire and forget). */
  deliverWebhook(body, headers = this.signWebhook(body)) {
    if (!this.webhookUrl) {
      return Promise.resolve(undefined)
    }
    const delivery = fetch(this.webhookUrl, { method: "POST", headers, body })
      .then((response) => {
        this.deliveredWebhooks.push({ body, status: response.status })
        return response.status
      })
      .catch(() => undefined)
    return delivery
  }
}

async function startPortOneTestServer(options = {}) {
  const server = new PortOneTestServer(options)
  return server.start(options.ports)
}

module.exports = { PortOneTestServer, startPortOneTestServer, MAGIC_CARDS }

if (require.main === module) {
  // `node integration-tests/portone-server/server.js` runs it alone, printing its URLs as JSON.
  startPortOneTestServer({
    ports: { v1: Number(process.env.PORTONE_TEST_V1_PORT || 0), v2: Number(process.env.PORTONE_TEST_V2_PORT || 0) },
    webhookUrl: process.env.PORTONE_TEST_WEBHOOK_URL,
  }).then((server) => {
    process.stdout.write(`${JSON.stringify({ v1Url: server.v1Url, v2Url: server.v2Url })}\n`)
  })
}
