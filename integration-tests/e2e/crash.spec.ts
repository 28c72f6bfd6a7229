import { Client } from "pg"
import { FAILED_AFTER_CHARGE } from "../../src/workflows/order/utils/reconcile-order-groups"
import { startPortOneTestServer, type PortOneTestServer } from "../portone-server/server"
import { waitFor } from "../portone-server/harness"
import { type GopangServer, startGopangServer } from "./server"
import { E2E_SHOPPER_EMAIL, E2E_SHOPPER_PASSWORD } from "./shopper"

/**
 * Issue #15, "a process killed after the charge": a real `kill -9`, not rows made to look like
 * one. The built server runs with the test fault on (GOPANG_TEST_FAULTS=enabled and
 * GOPANG_FAULT_AFTER_CHARGE=kill, see src/workflows/order/utils/crash-fault.ts), so the order
 * saga SIGKILLs its own process right after PortOne charged the card and before any order exists.
 * The shopper's connection drops; PortOne (the local test server, its own ledger) holds the
 * charge; no order exists and the purchase is left pending. The same server is started again on
 * the same database without the fault, the reconciliation runs once the way an operator or the
 * job would (`medusa exec` of src/scripts/reconcile-order-groups, bound 0 instead of 10 minutes),
 * and then: no charge is left at PortOne, the purchase is failed, and the same Idempotency-Key
 * answers with that failure (400), not "still in progress" (409).
 */

jest.setTimeout(120_000)

type Json = Record<string, any>

const SEOUL = { name: "김고팡", phone: "01012345678", zipCode: "05510", address: "서울특별시 송파구 송파대로 570", addressDetail: "101호" }
const CARD = { method: "card", card: { number: "5327-5012-3456-7890", expiry: "2031-07", birth: "880214", password2: "37" } }
const KEY = "crash-after-charge-1"

describe("a process killed right after the PortOne charge", () => {
  let server: GopangServer
  let portone: PortOneTestServer
  let db: Client
  const startedAt = Date.now()

  async function call(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    })
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Json, text }
  }

  function expectStatus(answer: { status: number; text: string }, status: number): void {
    if (answer.status !== status) {
      process.stdout.write(`[e2e] expected ${status}, got ${answer.status}: ${answer.text.slice(0, 2000)}\nserver:\n${server.output().slice(-3000)}\n`)
    }
    expect(answer.status).toEqual(status)
  }

  beforeAll(async () => {
    portone = await startPortOneTestServer({})
    server = await startGopangServer({
      env: { ...portone.providerEnv(), PORTONE_DEMO: "true", GOPANG_TEST_FAULTS: "enabled", GOPANG_FAULT_AFTER_CHARGE: "kill" },
    })
    db = new Client({ connectionString: server.databaseUrl })
    await db.connect()
  }, 900_000)

  afterAll(async () => {
    await db?.end().catch(() => undefined)
    await server?.stop()
    await portone?.stop()
    process.stdout.write(`[e2e] crash spec took ${((Date.now() - startedAt) / 1000).toFixed(0)} s\n`)
  })

  it("leaves a charge and no order; after a restart the reconciliation cancels the charge, fails the purchase, and its key answers with the failure", async () => {
    const orderCount = async () => Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "order"`)).rows[0].n)
    const ordersBefore = await orderCount()

    const login = await call("POST", "/api/v1/user/login", { body: { user_email: E2E_SHOPPER_EMAIL, user_password: E2E_SHOPPER_PASSWORD } })
    expectStatus(login, 200)
    const shopper: string = login.body.data.access_token
    // A dress of the seeded shop 고팡패션 (the fixtures' shop).
    const { rows: variants } = await db.query<{ id: string }>(
      `SELECT pv.id FROM seller_seller_product_product l
         JOIN seller s ON s.id = l.seller_id
         JOIN product_variant pv ON pv.product_id = l.product_id AND pv.deleted_at IS NULL
        WHERE s.email = 'gopang-fashion@seller.gopang.local' AND l.deleted_at IS NULL
        ORDER BY pv.id LIMIT 1`
    )
    expect(variants).toHaveLength(1)
    expectStatus(await call("POST", "/api/v1/cart/items", { token: shopper, body: { variantId: variants[0].id, quantity: 1 } }), 201)
    const cart = await call("GET", `/api/v1/cart?zipCode=${SEOUL.zipCode}`, { token: shopper })
    expectStatus(cart, 200)
    const total: number = cart.body.data.totals.total
    expect(total).toBeGreaterThan(0)
    const body = { fromCart: true, receiver: SEOUL, amount: total, payment: CARD }
    const order = () => call("POST", "/api/v1/order", { token: shopper, headers: { "idempotency-key": KEY }, body })

    // 1. The order: the process dies by SIGKILL after the charge; the connection drops.
    const exited = server.exited()
    await expect(order()).rejects.toThrow()
    expect(await exited).toEqual({ code: null, signal: "SIGKILL" })
    expect(server.output()).toContain("[test fault] GOPANG_FAULT_AFTER_CHARGE=kill")

    // PortOne holds the charge of the whole amount; there is no order; the purchase is pending.
    const charges = [...portone.v1Payments.values()]
    expect(charges.map((payment) => [payment.status, payment.amount, payment.cancel_amount])).toEqual([["paid", total, 0]])
    const charge = charges[0]
    expect(await orderCount()).toEqual(ordersBefore)
    const group = async () =>
      (
        await db.query<{ id: string; status: string; failure_reason: string | null; merchant_uid: string }>(
          "SELECT id, status, failure_reason, merchant_uid FROM order_group WHERE idempotency_key = $1 AND deleted_at IS NULL",
          [KEY]
        )
      ).rows
    const [pending] = await group()
    expect(pending).toMatchObject({ status: "pending", merchant_uid: charge.merchant_uid })

    // 2. The same server again, on the same database, without the fault. Its reconciliation run
    //    on start (after 1 s here, 30 s by default; no wait for the 10-minute bound) finds the purchase.
    await server.restart({
      env: { ...portone.providerEnv(), PORTONE_DEMO: "true", GOPANG_RECONCILE_AFTER_MS: "0", GOPANG_RECONCILE_ON_START_DELAY_MS: "1000" },
    })
    await waitFor(async () => ((await group())[0]?.status === "failed" ? true : undefined), 60_000)

    // 3. A reconciliation run by hand afterwards (the script) finds nothing left to do.
    const reconciled = await server.exec("./src/scripts/reconcile-order-groups.js", { env: { GOPANG_RECONCILE_AFTER_MS: "0" } })
    const line = reconciled.split("\n").find((text) => text.startsWith("reconcile-order-groups "))
    expect(line).toBeDefined()
    expect(JSON.parse(line!.slice("reconcile-order-groups ".length))).toMatchObject({ cancelled: [], failed: [], skipped: [] })

    // No orphan charge is left at PortOne: the one charge is cancelled in full.
    expect(portone.v1Payment(charge.imp_uid)).toMatchObject({ status: "cancelled", amount: total, cancel_amount: total })
    const orphans = [...portone.v1Payments.values()].filter((payment) => payment.status === "paid" && payment.amount > payment.cancel_amount)
    expect(orphans).toEqual([])
    expect(await group()).toEqual([expect.objectContaining({ id: pending.id, status: "failed", failure_reason: FAILED_AFTER_CHARGE })])
    expect(await orderCount()).toEqual(ordersBefore)

    // The stock the saga reserved before the charge is released too (reservations carry the purchase).
    const { rows: held } = await db.query<{ n: string }>(
      "SELECT coalesce(sum(quantity), 0)::text AS n FROM reservation_item WHERE deleted_at IS NULL AND created_at >= $1",
      [new Date(startedAt)]
    )
    expect(held[0].n).toEqual("0")

    // 4. The same key and body answer with that failure at once (not 409), and charge nothing.
    const onetimes = portone.count("POST", "/subscribe/payments/onetime")
    const again = await order()
    expectStatus(again, 400)
    expect(again.body.error.message).toContain(FAILED_AFTER_CHARGE)
    expect(portone.count("POST", "/subscribe/payments/onetime")).toEqual(onetimes)
    expect(await orderCount()).toEqual(ordersBefore)
  })
})
