import type { IPaymentModuleService, MedusaContainer, PaymentDTO } from "@medusajs/framework/types"
import { Modules, PaymentActions } from "@medusajs/framework/utils"
import { depositCard } from "../../src/modules/portone/lib/card"
import { PORTONE_PROVIDER_ID } from "../../src/modules/portone"
import { PORTONE_CARD_TOKEN_KEY, type PortOnePaymentData } from "../../src/modules/portone/service"
import { PortOneV1Client } from "../../src/modules/portone/lib/v1-client"
import {
  CARD,
  cardNeedles,
  LogRecorder,
  scanDatabase,
  scanLines,
  TEST_CARD,
  usePortOneTestServer,
  waitFor,
} from "../portone-server/harness"
import { gopangIntegrationTestRunner } from "../helpers/runner"

jest.setTimeout(120 * 1000)

// Short enough to keep the timeout test quick, long enough for 20 concurrent calls on a busy CI box.
const TIMEOUT_MS = 2_500
const portone = usePortOneTestServer({ timeoutMs: TIMEOUT_MS, slowResponseMs: TIMEOUT_MS + 1_000 })
const WEBHOOK_PROVIDER = "portone_portone"

gopangIntegrationTestRunner({
  database: "migrated",
  testSuite: ({ getContainer, dbConnection, api }) => {
    let container: MedusaContainer
    let payments: IPaymentModuleService
    const logs = new LogRecorder()

    beforeAll(() => {
      container = getContainer()
      payments = container.resolve(Modules.PAYMENT)
      logs.attach(container)
    })

    afterAll(() => logs.detach())

    // The snapshot restore before each test would erase the evidence: scan after each one.
    afterEach(async () => {
      const needles = [
        ...cardNeedles(TEST_CARD),
        ...Object.values(CARD).map((n) => new RegExp(n.replace(/-/g, "-?"))),
      ]
      expect(await scanDatabase(dbConnection, needles)).toEqual([])
      expect(scanLines(logs.lines, needles)).toEqual([])
    })

    async function session(amount: number, data: Record<string, unknown> = {}) {
      const collection = await payments.createPaymentCollections({ currency_code: "krw", amount })
      const created = await payments.createPaymentSession(collection.id, {
        provider_id: PORTONE_PROVIDER_ID,
        currency_code: "krw",
        amount,
        data,
      })
      return { collection, session: created, data: created.data as PortOnePaymentData }
    }

    async function payKeyed(amount: number, number: string = CARD.approved) {
      const created = await session(amount)
      const token = depositCard({ ...TEST_CARD, number })
      const payment = await payments.authorizePaymentSession(created.session.id, { [PORTONE_CARD_TOKEN_KEY]: token })
      return { ...created, payment }
    }

    async function paymentOf(sessionId: string): Promise<PaymentDTO | undefined> {
      const [payment] = await payments.listPayments({ payment_session_id: sessionId }, { relations: ["captures", "refunds"] })
      return payment
    }

    const v2Webhook = (body: string, options?: { id?: string; timestamp?: number; secret?: string }) => ({
      provider: WEBHOOK_PROVIDER,
      payload: { data: JSON.parse(body) as Record<string, unknown>, rawData: Buffer.from(body), headers: portone.server().signWebhook(body, options) },
    })

    describe("V1 access token", () => {
      it("is issued once for 20 concurrent callers", async () => {
        const server = portone.server()
        expect(server.count("POST", "/users/getToken")).toEqual(0)

        const sessions = await Promise.all(Array.from({ length: 20 }, () => session(1000)))

        expect(server.count("POST", "/users/getToken")).toEqual(1)
        expect(server.count("POST", "/payments/prepare")).toEqual(20)
        const tokens = new Set(server.requests.filter((r) => r.path === "/payments/prepare").map((r) => r.headers.authorization))
        expect(tokens.size).toEqual(1)
        expect(new Set(sessions.map((s) => s.data.merchant_uid)).size).toEqual(20)
      })

      it("is renewed after a 401 with one retry, and renewed before expired_at", async () => {
        const server = portone.server()
        await session(1000)
        const before = server.count("POST", "/users/getToken")

        // Server-side expiry the client cannot know about: the next call answers 401.
        server.tokenTtlSeconds = 62
        server.expireTokens()
        await session(1000)
        const prepares = server.requests.filter((r) => r.path === "/payments/prepare").slice(-2)
        expect(prepares.map((r) => r.status)).toEqual([401, 200])
        expect(server.count("POST", "/users/getToken")).toEqual(before + 1)
        const renewed = prepares[1].headers.authorization

        // The new token lives 62 s: the client renews it 60 s before `expired_at`, i.e. after
        // 2 s, without waiting for a 401. Asked in its last minute, PortOne extends it.
        const issued = server.tokens.get(String(renewed).slice("Bearer ".length))!
        const firstExpiry = issued.expired_at
        await new Promise((resolve) => setTimeout(resolve, 2300))
        await session(1000)
        expect(server.count("POST", "/users/getToken")).toEqual(before + 2)
        const last = server.requests.filter((r) => r.path === "/payments/prepare").at(-1)!
        expect(last.status).toEqual(200)
        expect(last.headers.authorization).toEqual(renewed)
        expect(issued.expired_at).toEqual(firstExpiry + 300)
        server.tokenTtlSeconds = 30 * 60
      })
    })

    describe("V1 keyed card payment", () => {
      it("is authorized and captured, keeping only the masked card", async () => {
        const server = portone.server()
        const { payment, data, session: created } = await payKeyed(23_000)

        const stored = (await paymentOf(created.id))!
        expect(stored.id).toEqual(payment!.id)
        expect(stored.captured_at).toBeTruthy()
        expect(stored.captures?.map((c) => Number(c.amount))).toEqual([23_000])
        const kept = stored.data as PortOnePaymentData
        expect(kept).toMatchObject({
          status: "paid",
          merchant_uid: data.merchant_uid,
          card_masked: "532750******7890",
          card_company: "KB국민카드",
          paid_amount: 23_000,
          cancelled_amount: 0,
        })
        expect(kept.imp_uid).toMatch(/^imp_\d{12}$/)
        expect(kept.approval_number).toMatch(/^\d{8}$/)
        expect(data.merchant_uid).toMatch(/^gp[0-9A-Z]{26}$/)

        // The card went to PortOne as PortOne documents it, and the amount as whole won.
        const onetime = server.requests.filter((r) => r.path === "/subscribe/payments/onetime").at(-1)!
        expect(onetime.body).toMatchObject({
          merchant_uid: data.merchant_uid,
          amount: 23_000,
          card_number: TEST_CARD.number,
          expiry: TEST_CARD.expiry,
          birth: TEST_CARD.birth,
          pwd_2digit: TEST_CARD.password2,
          cvc: TEST_CARD.cvc,
        })
        expect(server.v1Payment(kept.imp_uid!)).toMatchObject({ status: "paid", amount: 23_000 })
        expect(server.requests.find((r) => r.path === "/payments/prepare" && r.body?.merchant_uid === data.merchant_uid)?.body).toMatchObject({
          amount: 23_000,
        })
      })

      it.each([
        ["a code != 0 refusal", CARD.declined, "[PG] 카드 한도초과 (거절)"],
        ["status failed inside a 200", CARD.failedInside200, "[PG] 카드 잔액 부족"],
      ])("declined by %s: error status, nothing stored", async (_, number, reason) => {
        const created = await session(15_000)
        const token = depositCard({ ...TEST_CARD, number })
        await expect(
          payments.authorizePaymentSession(created.session.id, { [PORTONE_CARD_TOKEN_KEY]: token })
        ).rejects.toThrow("was not authorized with the provider")

        expect(await paymentOf(created.session.id)).toBeUndefined()
        const [after] = await payments.listPaymentSessions({ id: created.session.id })
        expect(after.status).toEqual("error")
        expect((after.data as PortOnePaymentData).fail_reason).toEqual(reason)
        expect(portone.server().v1PaymentByMerchantUid(created.data.merchant_uid)?.status ?? "none").not.toEqual("paid")
      })

      it("times out, is looked up by merchant_uid and reconciled as paid", async () => {
        const server = portone.server()
        const { payment, data } = await payKeyed(31_000, CARD.slow)

        expect(payment?.captured_at).toBeTruthy()
        const charged = server.v1PaymentByMerchantUid(data.merchant_uid)!
        expect(charged.status).toEqual("paid")
        expect((payment!.data as PortOnePaymentData).imp_uid).toEqual(charged.imp_uid)
        expect(server.requests.filter((r) => r.path === `/payments/find/${data.merchant_uid}`)).toHaveLength(1)
        expect(logs.lines.some((line) => line.includes(`did not answer POST /subscribe/payments/onetime in time; looking up ${data.merchant_uid}`))).toBe(true)
      })

      it.each([
        ["an HTTP 500", CARD.serverError],
        ["a connection reset", CARD.reset],
      ])("after %s with nothing charged: looked up, error status", async (_, number) => {
        const server = portone.server()
        const created = await session(12_000)
        const token = depositCard({ ...TEST_CARD, number })
        await expect(payments.authorizePaymentSession(created.session.id, { [PORTONE_CARD_TOKEN_KEY]: token })).rejects.toThrow()

        expect(server.requests.filter((r) => r.path === `/payments/find/${created.data.merchant_uid}`).map((r) => r.status)).toEqual([404])
        expect(await paymentOf(created.session.id)).toBeUndefined()
        const [after] = await payments.listPaymentSessions({ id: created.session.id })
        expect((after.data as PortOnePaymentData).fail_reason).toEqual("PortOne did not confirm the payment")
      })

      it("voids a charge nobody heard of when its session is deleted", async () => {
        const server = portone.server()
        const { session: created, data } = await session(8_000)
        // The charge went through but its answer and the lookup were both lost.
        const charged = server.payV1InBrowser({ merchant_uid: data.merchant_uid, amount: 8_000 })

        await payments.deletePaymentSession(created.id)

        expect(server.v1Payment(charged.imp_uid)).toMatchObject({ status: "cancelled", cancel_amount: 8_000 })
        expect(logs.lines.some((line) => line.includes(`voided ${data.merchant_uid}, charged without a Medusa payment`))).toBe(true)
        // A session that never charged anything is deleted without a cancel.
        const cancels = server.count("POST", "/payments/cancel")
        await payments.deletePaymentSession((await session(8_000)).session.id)
        expect(server.count("POST", "/payments/cancel")).toEqual(cancels)
      })

      it("refuses to authorize without card data (the vault token is single use)", async () => {
        const created = await session(5_000)
        const token = depositCard(TEST_CARD)
        await payments.authorizePaymentSession(created.session.id, { [PORTONE_CARD_TOKEN_KEY]: token })
        const other = await session(5_000)
        await expect(payments.authorizePaymentSession(other.session.id, { [PORTONE_CARD_TOKEN_KEY]: token })).rejects.toThrow(
          "was not authorized"
        )
        expect(portone.server().v1PaymentByMerchantUid(other.data.merchant_uid)).toBeUndefined()
      })
    })

    describe("V1 refunds", () => {
      it("partial, partial, then full: each with the balance before it as checksum", async () => {
        const server = portone.server()
        const { payment } = await payKeyed(10_000)
        const impUid = (payment!.data as PortOnePaymentData).imp_uid!

        await payments.refundPayment({ payment_id: payment!.id, amount: 3_000 })
        await payments.refundPayment({ payment_id: payment!.id, amount: 2_000 })
        await payments.refundPayment({ payment_id: payment!.id, amount: 5_000 })

        const cancels = server.requests.filter((r) => r.path === "/payments/cancel" && r.body?.imp_uid === impUid)
        expect(cancels.map((r) => [r.body?.amount, r.body?.checksum])).toEqual([
          [3_000, 10_000],
          [2_000, 7_000],
          [5_000, 5_000],
        ])
        expect(server.v1Payment(impUid)).toMatchObject({ status: "cancelled", cancel_amount: 10_000 })
        expect(server.v1Payment(impUid)!.cancel_history!.map((c) => c.amount)).toEqual([3_000, 2_000, 5_000])

        const stored = (await payments.listPayments({ id: payment!.id }, { relations: ["refunds"] }))[0]
        expect(stored.refunds?.map((r) => Number(r.amount)).sort()).toEqual([2_000, 3_000, 5_000])
        expect(stored.data).toMatchObject({ status: "cancelled", cancelled_amount: 10_000 })
        expect((stored.data as PortOnePaymentData).cancel_history).toHaveLength(3)

        await expect(payments.refundPayment({ payment_id: payment!.id, amount: 1 })).rejects.toThrow()
        expect(server.requests.filter((r) => r.path === "/payments/cancel" && r.body?.imp_uid === impUid)).toHaveLength(3)
      })

      it("is refused by PortOne on a wrong checksum, and says so", async () => {
        const server = portone.server()
        const { payment } = await payKeyed(10_000)
        const impUid = (payment!.data as PortOnePaymentData).imp_uid!
        // Someone refunds 1,000 in PortOne's console: our records no longer match.
        server.cancelV1InConsole(impUid, 1_000)

        await expect(payments.refundPayment({ payment_id: payment!.id, amount: 2_000 })).rejects.toThrow(
          "PortOne refused POST /payments/cancel: checksum 불일치: 요청한 취소가능잔액(10000)이 포트원 기록(9000)과 다릅니다"
        )
        expect(server.v1Payment(impUid)!.cancel_amount).toEqual(1_000)
        const stored = (await payments.listPayments({ id: payment!.id }, { relations: ["refunds"] }))[0]
        expect(stored.refunds).toHaveLength(0)
      })

      it("lists payments by status the way PortOne pages them", async () => {
        const server = portone.server()
        await payKeyed(1_000)
        await payKeyed(2_000)
        const client = new PortOneV1Client({ baseUrl: server.v1Url, impKey: server.impKey, impSecret: server.impSecret, timeoutMs: TIMEOUT_MS })
        const paid = await client.listByStatus("paid", { page: 1, limit: 1 })
        expect(paid.list).toHaveLength(1)
        expect(paid.next).toEqual(2)
        expect(paid.total).toEqual([...server.v1Payments.values()].filter((p) => p.status === "paid").length)
        await expect(client.listByStatus("paid", { page: 999, limit: 1000 })).rejects.toThrow("데이터 범위를 넘어선 page")
      })
    })

    describe("V2 browser payments", () => {
      it("are verified with getPayment, then refunded with currentCancellableAmount and an Idempotency-Key", async () => {
        const server = portone.server()
        const { session: created, data } = await session(44_000, { flow: "v2_browser" })
        expect(data).toMatchObject({ flow: "v2_browser", payment_id: data.merchant_uid, store_id: server.storeId, channel_key: "channel-key-test" })
        expect(data.payment_id.length).toBeLessThanOrEqual(32)
        expect(server.requests.find((r) => r.path === `/payments/${data.payment_id}/pre-register`)?.body).toMatchObject({
          totalAmount: 44_000,
          currency: "KRW",
        })

        // Not paid yet: authorization waits.
        await expect(payments.authorizePaymentSession(created.id, {})).rejects.toThrow("was not authorized")

        server.payV2InBrowser({ paymentId: data.payment_id, totalAmount: 44_000 })
        const payment = await payments.authorizePaymentSession(created.id, {})
        expect(payment?.captured_at).toBeTruthy()
        expect(payment?.data).toMatchObject({ status: "paid", paid_amount: 44_000, card_masked: "532750******1234", card_company: "신한카드" })

        await payments.refundPayment({ payment_id: payment!.id, amount: 4_000 })
        await payments.refundPayment({ payment_id: payment!.id, amount: 40_000 })
        const cancels = server.requests.filter((r) => r.path === `/payments/${data.payment_id}/cancel`)
        expect(cancels.map((r) => [r.body?.amount, r.body?.currentCancellableAmount])).toEqual([
          [4_000, 44_000],
          [40_000, 40_000],
        ])
        const keys = cancels.map((r) => String(r.headers["idempotency-key"]))
        keys.forEach((key) => expect(key).toMatch(/^"[^"]{16,256}"$/))
        expect(new Set(keys).size).toEqual(2)
        expect(server.v2Payment(data.payment_id)).toMatchObject({ status: "CANCELLED", amount: { cancelled: 44_000 } })
      })

      it("with a different amount are cancelled and fail", async () => {
        const server = portone.server()
        const { session: created, data } = await session(50_000, { flow: "v2_browser" })
        // The browser was tampered with: 500 won paid for a 50,000 won order.
        server.payV2InBrowser({ paymentId: data.payment_id, totalAmount: 500, ignorePreRegistration: true })

        await expect(payments.authorizePaymentSession(created.id, {})).rejects.toThrow("was not authorized")
        expect(server.v2Payment(data.payment_id)).toMatchObject({ status: "CANCELLED", amount: { cancelled: 500 } })
        expect(await paymentOf(created.id)).toBeUndefined()
        const [after] = await payments.listPaymentSessions({ id: created.id })
        expect(after.status).toEqual("error")
      })
    })

    describe("V1 browser payments", () => {
      it("with a different amount are cancelled; another order's payment is refused", async () => {
        const server = portone.server()
        const { session: created, data } = await session(20_000, { flow: "v1_browser" })
        const tampered = server.payV1InBrowser({ merchant_uid: `${data.merchant_uid}x`, amount: 200 })
        await payments.updatePaymentSession({ id: created.id, amount: 20_000, currency_code: "krw", data: { ...created.data, imp_uid: tampered.imp_uid } })
        await expect(payments.authorizePaymentSession(created.id, {})).rejects.toThrow("was not authorized")
        // A payment for a different merchant_uid is not cancelled either: it is not ours to touch.
        expect(server.v1Payment(tampered.imp_uid)!.status).toEqual("paid")

        const other = await session(20_000, { flow: "v1_browser" })
        const underpaid = server.payV1InBrowser({ merchant_uid: other.data.merchant_uid, amount: 200, ignorePreparation: true })
        await payments.updatePaymentSession({ id: other.session.id, amount: 20_000, currency_code: "krw", data: { ...other.session.data, imp_uid: underpaid.imp_uid } })
        await expect(payments.authorizePaymentSession(other.session.id, {})).rejects.toThrow("was not authorized")
        expect(server.v1Payment(underpaid.imp_uid)).toMatchObject({ status: "cancelled", cancel_amount: 200 })
      })
    })

    describe("webhooks", () => {
      it("V2: forged signatures, stale timestamps and replays are rejected", async () => {
        const server = portone.server()
        const { data } = await session(9_000, { flow: "v2_browser" })
        server.payV2InBrowser({ paymentId: data.payment_id, totalAmount: 9_000 })
        const body = server.v2WebhookBody("Transaction.Paid", data.payment_id)

        const genuine = v2Webhook(body)
        expect(await payments.getWebhookActionAndData(genuine)).toEqual({
          action: PaymentActions.SUCCESSFUL,
          data: { session_id: data.session_id, amount: 9_000 },
        })
        // The same delivery again (same webhook-id): a replay.
        expect(await payments.getWebhookActionAndData(genuine)).toEqual({ action: PaymentActions.NOT_SUPPORTED })

        const forged = v2Webhook(body, { secret: Buffer.from("not-the-shared-secret-at-all!!").toString("base64") })
        expect(await payments.getWebhookActionAndData(forged)).toEqual({ action: PaymentActions.NOT_SUPPORTED })

        const tamperedBody = body.replace(data.payment_id, `${data.payment_id.slice(0, -1)}Z`)
        const swapped = { ...genuine, payload: { ...genuine.payload, rawData: Buffer.from(tamperedBody), headers: server.signWebhook(body) } }
        expect(await payments.getWebhookActionAndData(swapped)).toEqual({ action: PaymentActions.NOT_SUPPORTED })

        const stale = v2Webhook(body, { timestamp: server.now() - 6 * 60 })
        expect(await payments.getWebhookActionAndData(stale)).toEqual({ action: PaymentActions.NOT_SUPPORTED })

        expect(logs.lines.filter((l) => l.includes("V2 webhook rejected")).join("\n")).toEqual(
          expect.stringMatching(/REPLAYED[\s\S]*NO_MATCHING_SIGNATURE[\s\S]*NO_MATCHING_SIGNATURE[\s\S]*TIMESTAMP_TOO_OLD/)
        )
      })

      it("V1: the body is not trusted, the payment is re-queried", async () => {
        const { payment, data } = await payKeyed(7_000)
        const impUid = (payment!.data as PortOnePaymentData).imp_uid!
        const v1 = (body: Record<string, unknown>) => ({ provider: WEBHOOK_PROVIDER, payload: { data: body, rawData: JSON.stringify(body), headers: { "content-type": "application/json" } } })

        expect(await payments.getWebhookActionAndData(v1({ imp_uid: impUid, merchant_uid: data.merchant_uid, status: "paid" }))).toEqual({
          action: PaymentActions.SUCCESSFUL,
          data: { session_id: data.session_id, amount: 7_000 },
        })
        // A forged "paid" for a payment PortOne does not know is ignored.
        expect(await payments.getWebhookActionAndData(v1({ imp_uid: "imp_000000000000", merchant_uid: data.merchant_uid, status: "paid" }))).toEqual({
          action: PaymentActions.NOT_SUPPORTED,
        })
        // A form-encoded body works too; a cancelled payment is not turned into a refund here.
        portone.server().cancelV1InConsole(impUid)
        const form = { provider: WEBHOOK_PROVIDER, payload: { data: {}, rawData: `imp_uid=${impUid}&merchant_uid=${data.merchant_uid}&status=cancelled`, headers: {} } }
        expect(await payments.getWebhookActionAndData(form)).toEqual({ action: PaymentActions.NOT_SUPPORTED })
      })

      it("V1: a keyed charge whose answer was lost is settled when its webhook arrives", async () => {
        const server = portone.server()
        const { session: created, data } = await session(6_000)
        // PortOne charged, but our side never learned it (answer and lookup both lost).
        const charged = server.payV1InBrowser({ merchant_uid: data.merchant_uid, amount: 6_000 })

        const body = { imp_uid: charged.imp_uid, merchant_uid: data.merchant_uid, status: "paid" }
        expect((await api.post(`/hooks/payment/${WEBHOOK_PROVIDER}`, body)).status).toEqual(200)

        const payment = await waitFor(() => paymentOf(created.id))
        expect(payment.captured_at).toBeTruthy()
        expect(payment.data).toMatchObject({ status: "paid", imp_uid: charged.imp_uid, paid_amount: 6_000 })
      })

      it("duplicate deliveries through /hooks/payment make one state change; our own refunds are not applied twice", async () => {
        const server = portone.server()
        const { session: created, data } = await session(18_000, { flow: "v2_browser" })
        server.payV2InBrowser({ paymentId: data.payment_id, totalAmount: 18_000 })

        const post = async (body: string) => {
          const response = await api.post(`/hooks/payment/${WEBHOOK_PROVIDER}`, body, { headers: server.signWebhook(body) })
          expect(response.status).toEqual(200)
        }
        const body = server.v2WebhookBody("Transaction.Paid", data.payment_id)
        await post(body)
        const payment = await waitFor(async () => ((await paymentOf(created.id))?.captures?.length ? paymentOf(created.id) : undefined))
        // PortOne's retries: new deliveries of the same event, two of them at once.
        await Promise.all([post(body), post(body)])
        await new Promise((resolve) => setTimeout(resolve, 1_500))
        const settled = (await payments.listPayments({ payment_session_id: created.id }, { relations: ["captures", "refunds"] }))
        expect(settled).toHaveLength(1)
        expect(settled[0].captures).toHaveLength(1)
        expect(Number(settled[0].captures![0].amount)).toEqual(18_000)

        // Our refund comes back from PortOne as Transaction.PartialCancelled: nothing more happens.
        server.webhookUrl = `${api.defaults.baseURL}/hooks/payment/${WEBHOOK_PROVIDER}`
        await payments.refundPayment({ payment_id: payment!.id, amount: 8_000 })
        await waitFor(async () => (server.deliveredWebhooks.length ? true : undefined))
        await new Promise((resolve) => setTimeout(resolve, 1_500))
        server.webhookUrl = undefined

        const after = (await payments.listPayments({ id: payment!.id }, { relations: ["refunds"] }))[0]
        expect(after.refunds?.map((r) => Number(r.amount))).toEqual([8_000])
        expect(server.v2Payment(data.payment_id)).toMatchObject({ status: "PARTIAL_CANCELLED", amount: { cancelled: 8_000 } })
        expect(JSON.parse(server.deliveredWebhooks[0].body).type).toEqual("Transaction.PartialCancelled")
      })
    })

    describe("the leak scan", () => {
      it("finds card data when it is there (so its silence means something)", async () => {
        const needles = cardNeedles(TEST_CARD)
        await dbConnection.raw("CREATE TABLE leak_probe (note text, doc jsonb)")
        try {
          await dbConnection.raw("INSERT INTO leak_probe VALUES (?, ?)", [
            `card ${TEST_CARD.number}`,
            JSON.stringify({ pwd_2digit: TEST_CARD.password2, birth: TEST_CARD.birth }),
          ])
          const hits = await scanDatabase(dbConnection, needles)
          expect(hits.filter((hit) => hit.startsWith("leak_probe"))).toHaveLength(4)
        } finally {
          await dbConnection.raw("DROP TABLE leak_probe")
        }
        expect(scanLines([`card ${TEST_CARD.number.replace(/-/g, "")} birth ${TEST_CARD.birth}`], needles)).toHaveLength(2)
      })
    })
  },
})
