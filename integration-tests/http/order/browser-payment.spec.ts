import type { MedusaContainer } from "@medusajs/framework/types"
import Medusa from "@medusajs/js-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { AxiosInstance, AxiosResponse } from "axios"
import type { PlacedOrder } from "../../../src/api/api/v1/order/route"
import type { BrowserPaymentTicket } from "../../../src/api/api/v1/payment/browser/route"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../src/modules/order-group"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { usePortOneTestServer } from "../../portone-server/harness"
import { bearer, joinAndLogin } from "../user/helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"
import { expectedPurchase, pickOnePerSeller } from "./fixtures"

jest.setTimeout(300 * 1000)

const portone = usePortOneTestServer({ timeoutMs: 5_000, slowResponseMs: 6_000 })
const noThrow = { validateStatus: () => true }
const SEOUL = { name: "김고팡", phone: "010-1234-5678", zipCode: "05510", address: "서울특별시 송파구 송파대로 570" }

type Line = { variantId: string; amount: number }

/**
 * Issue #15, hole 5: the browser (PortOne V2) path. Payment ids are issued by the server per
 * customer and purchase; only an id issued to the caller, fully paid, never cancelled, of the
 * exact amount and currency places an order; a payment is tied to one purchase; Gopang cancels
 * only payments it issued to that customer, and does cancel them when the order fails.
 */
gopangIntegrationTestRunner({
  database: "seeded",
  testSuite: ({ api, getContainer }) => {
    let http: AxiosInstance
    let container: MedusaContainer
    let seed: SeedSummary
    let picks: string[]

    beforeAll(async () => {
      http = api as AxiosInstance
      container = getContainer()
      seed = await seedMarketplace(container)
      picks = (await pickOnePerSeller(container, seed, 2)).map((pick) => pick.variantId)
    })

    /** The total the saga expects for a Seoul address (each seller's fee by its policy). */
    async function expectedTotal(lines: Line[]): Promise<number> {
      return (await expectedPurchase(container, seed.regionId, lines)).total
    }

    const issue = (token: string, amount: number) => http.post("/api/v1/payment/browser", { amount }, bearer(token))

    async function issuedAndPaid(token: string, amount: number, paid = amount): Promise<string> {
      const ticket = await issue(token, amount)
      expect(ticket.status).toEqual(201)
      const paymentId = (ticket.data.data as BrowserPaymentTicket).paymentId
      portone.server().payV2InBrowser({ paymentId, totalAmount: paid, ignorePreRegistration: paid !== amount })
      return paymentId
    }

    const order = (token: string, lines: Line[], amount: number, paymentId: string, key = `key-${Math.random()}`): Promise<AxiosResponse> =>
      http.post(
        "/api/v1/order",
        { items: lines, receiver: SEOUL, amount, payment: { method: "portone_v2", paymentId } },
        bearer(token, { "idempotency-key": key })
      )

    /** Orders, reservations and groups: none may appear when an order is refused. */
    async function counts() {
      const [, orders] = await container.resolve(Modules.ORDER).listAndCountOrders({}, { take: 1 })
      const [, reservations] = await container.resolve(Modules.INVENTORY).listAndCountReservationItems({}, { take: 1 })
      const [, groups] = await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).listAndCountOrderGroups({}, { take: 1 })
      return { orders, reservations, groups }
    }

    const cancelRequests = (paymentId: string) => portone.server().requests.filter((r) => r.path === `/payments/${paymentId}/cancel`)

    it("issues a paymentId per customer and purchase, pre-registered at the confirmed amount", async () => {
      const { token } = await joinAndLogin(http, "browser-issue@gopang.test")
      expect((await http.post("/api/v1/payment/browser", { amount: 10_000 }, noThrow)).status).toEqual(401)
      const bad = await issue(token, 10_000.5)
      expect(bad.status).toEqual(400)
      expect(bad.data.error.message).toContain("amount:")

      const first = await issue(token, 31_000)
      const second = await issue(token, 31_000)
      expect(first.status).toEqual(201)
      const ticket = first.data.data as BrowserPaymentTicket
      expect(ticket).toMatchObject({ amount: 31_000, currency: "KRW", storeId: portone.server().storeId, channelKey: "channel-key-test" })
      expect(ticket.paymentId).toMatch(/^bp[0-9a-z]{20,30}$/)
      expect(ticket.paymentId.length).toBeLessThanOrEqual(32)
      expect((second.data.data as BrowserPaymentTicket).paymentId).not.toEqual(ticket.paymentId)
      expect(portone.server().requests.find((r) => r.path === `/payments/${ticket.paymentId}/pre-register`)?.body).toMatchObject({
        totalAmount: 31_000,
        currency: "KRW",
      })
      // The pre-registration makes PortOne's window refuse another amount.
      expect(() => portone.server().payV2InBrowser({ paymentId: ticket.paymentId, totalAmount: 30_000 })).toThrow("pre-registered amount differs")
    })

    it("an issued, fully paid payment of the exact total places the order; it cannot pay a second purchase", async () => {
      const { token } = await joinAndLogin(http, "browser-pays@gopang.test")
      const lines = picks.map((variantId) => ({ variantId, amount: 1 }))
      const total = await expectedTotal(lines)
      const paymentId = await issuedAndPaid(token, total)

      const placed = await order(token, lines, total, paymentId)
      expect(placed.status).toEqual(201)
      const body = placed.data.data as PlacedOrder
      expect(body.total).toEqual(total)
      expect(body.orders).toHaveLength(2)
      expect(portone.server().v2Payment(paymentId)).toMatchObject({ status: "PAID", amount: { total, cancelled: 0 } })

      // The same payment for another purchase (another Idempotency-Key): refused, and left alone.
      const before = await counts()
      const reused = await order(token, lines, total, paymentId)
      expect(reused.status).toEqual(409)
      expect(reused.data.error.message).toEqual("이미 다른 주문에 사용된 결제입니다.")
      expect(await counts()).toEqual(before)
      expect(portone.server().v2Payment(paymentId)).toMatchObject({ status: "PAID", amount: { cancelled: 0 } })
      expect(cancelRequests(paymentId)).toHaveLength(0)
    })

    it("refuses a paymentId the server did not issue to the caller (made up, or another shopper's) and never cancels it", async () => {
      const alice = await joinAndLogin(http, "browser-alice@gopang.test")
      const mallory = await joinAndLogin(http, "browser-mallory@gopang.test")
      const lines = [{ variantId: picks[0], amount: 1 }]
      const total = await expectedTotal(lines)
      const alicesPayment = await issuedAndPaid(alice.token, total)
      const madeUp = "myOwnPaymentId12345"
      portone.server().payV2InBrowser({ paymentId: madeUp, totalAmount: total })
      const before = await counts()

      for (const paymentId of [alicesPayment, madeUp]) {
        const refused = await order(mallory.token, lines, total, paymentId)
        expect(refused.status).toEqual(404)
        expect(refused.data.error.message).toContain("payment.paymentId")
        expect(portone.server().v2Payment(paymentId)).toMatchObject({ status: "PAID", amount: { cancelled: 0 } })
        expect(cancelRequests(paymentId)).toHaveLength(0)
      }
      // Even the made-up id's own payer cannot use it: it was never issued.
      expect((await order(alice.token, lines, total, madeUp)).status).toEqual(404)
      expect(await counts()).toEqual(before)
      expect(cancelRequests(madeUp)).toHaveLength(0)
    })

    it("refuses a partly cancelled payment and an underpayment; both were the caller's, so both end cancelled", async () => {
      const { token } = await joinAndLogin(http, "browser-partial@gopang.test")
      const lines = [{ variantId: picks[1], amount: 1 }]
      const total = await expectedTotal(lines)
      const server = portone.server()
      const before = await counts()

      // PARTIAL_CANCELLED: its original amount.total is the order's, but 1,000 won went back.
      const partly = await issuedAndPaid(token, total)
      const consoleCancel = await fetch(`${server.v2Url}/payments/${partly}/cancel`, {
        method: "POST",
        headers: { authorization: `PortOne ${server.apiSecret}`, "content-type": "application/json" },
        body: JSON.stringify({ amount: 1_000, reason: "콘솔 부분 취소", skipWebhook: true }),
      })
      expect(consoleCancel.status).toEqual(200)
      expect(server.v2Payment(partly)!.status).toEqual("PARTIAL_CANCELLED")
      const refused = await order(token, lines, total, partly)
      expect(refused.status).toEqual(400)
      expect(refused.data.error.message).toContain("결제가 승인되지 않았습니다")
      expect(server.v2Payment(partly)).toMatchObject({ status: "CANCELLED", amount: { total, cancelled: total } })

      // Underpaid: the browser bypassed the pre-registration.
      const under = await issuedAndPaid(token, total, total - 1_000)
      const underpaid = await order(token, lines, total, under)
      expect(underpaid.status).toEqual(400)
      expect(server.v2Payment(under)).toMatchObject({ status: "CANCELLED", amount: { total: total - 1_000, cancelled: total - 1_000 } })

      expect(await counts()).toEqual(before)
    })

    it("demo payment window over HTTP: issue an id, open the window, pay with the form, place the order; unknown or paid ids refused", async () => {
      // The storefront's side is the README's example: @medusajs/js-sdk with the customer's JWT.
      const { token } = await joinAndLogin(http, "browser-window@gopang.test")
      const sdk = new Medusa({ baseUrl: String(http.defaults.baseURL), auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      await sdk.client.setToken(token)
      const lines = picks.map((variantId) => ({ variantId, amount: 1 }))
      const total = await expectedTotal(lines)
      const server = portone.server()
      const ticket = await sdk.client.fetch<{ data: BrowserPaymentTicket }>("/api/v1/payment/browser", { method: "POST", body: { amount: total } })
      const { paymentId } = ticket.data
      expect(ticket.data).toMatchObject({ amount: total, currency: "KRW" })
      const redirectUrl = "http://shop.example/checkout/done?step=2&from=demo"

      // The window: plain server-rendered HTML, the pre-registered amount, everything escaped.
      const window = await fetch(`${server.v2Url}/demo/checkout?paymentId=${paymentId}&redirectUrl=${encodeURIComponent(redirectUrl)}`)
      expect(window.status).toEqual(200)
      expect(window.headers.get("content-type")).toContain("text/html")
      expect(window.headers.get("content-security-policy")).toContain("default-src 'none'")
      const page = await window.text()
      expect(page).toContain(`${total.toLocaleString("ko-KR")}원`)
      expect(page).toContain(`data-amount="${total}"`)
      expect(page).toContain("결제하기")
      expect(page).toContain(`<input type="hidden" name="paymentId" value="${paymentId}">`)
      expect(page).toContain('value="http://shop.example/checkout/done?step=2&amp;from=demo"')
      expect(page).not.toContain("step=2&from")
      expect(page).not.toMatch(/<script|<link|src=/)
      const hostile = await fetch(`${server.v2Url}/demo/checkout?paymentId=${encodeURIComponent('<script>alert("x")</script>')}`)
      expect(hostile.status).toEqual(404)
      const hostilePage = await hostile.text()
      expect(hostilePage).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
      expect(hostilePage).not.toContain("<script>")
      // Only http(s) redirects.
      expect((await fetch(`${server.v2Url}/demo/checkout?paymentId=${paymentId}&redirectUrl=javascript:alert(1)`)).status).toEqual(400)
      expect(server.v2Payment(paymentId)).toBeUndefined()

      // The form post pays: the amount is the pre-registration's, whatever the form says.
      const form = (body: Record<string, string>) =>
        fetch(`${server.v2Url}/demo/checkout/pay`, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(body),
        })
      const paid = await form({ paymentId, redirectUrl, totalAmount: "1000", amount: "1000" })
      expect(paid.status).toEqual(303)
      expect(paid.headers.get("location")).toEqual(`http://shop.example/checkout/done?step=2&from=demo&paymentId=${paymentId}`)
      expect(server.v2Payment(paymentId)).toMatchObject({ status: "PAID", currency: "KRW", amount: { total, paid: total, cancelled: 0 } })

      // Refused: paying it again, an id nobody issued, a JSON post of an unknown id.
      const again = await form({ paymentId })
      expect(again.status).toEqual(409)
      expect(await again.text()).toContain("이미 결제된 결제 ID입니다")
      expect((await fetch(`${server.v2Url}/demo/checkout?paymentId=${paymentId}`)).status).toEqual(409)
      const unknown = await form({ paymentId: "bpnotissuedbyanyone0000000" })
      expect(unknown.status).toEqual(404)
      expect(server.v2Payment("bpnotissuedbyanyone0000000")).toBeUndefined()
      const unknownJson = await fetch(`${server.v2Url}/demo/checkout/pay`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ paymentId: "bpnotissuedbyanyone0000000" }),
      })
      expect(unknownJson.status).toEqual(404)
      expect(await unknownJson.json()).toMatchObject({ type: "PAYMENT_NOT_FOUND" })
      expect(server.v2Payment(paymentId)).toMatchObject({ status: "PAID", amount: { total, cancelled: 0 } })

      // Back on the redirect page, the storefront places the order with that paymentId.
      const placed = await sdk.client.fetch<{ data: PlacedOrder }>("/api/v1/order", {
        method: "POST",
        headers: { "Idempotency-Key": `window-${paymentId}` },
        body: { items: lines, receiver: SEOUL, amount: total, payment: { method: "portone_v2", paymentId } },
      })
      expect(placed.data.total).toEqual(total)
      expect(placed.data.orders).toHaveLength(2)
      expect(server.v2Payment(paymentId)).toMatchObject({ status: "PAID", amount: { total, cancelled: 0 } })
      expect(cancelRequests(paymentId)).toHaveLength(0)
    })

    it("a saga failing before the payment step (stock) cancels the verified browser payment; the key can be used again", async () => {
      const { token } = await joinAndLogin(http, "browser-stock@gopang.test")
      const lines = [{ variantId: picks[0], amount: 1 }]
      const total = await expectedTotal(lines)
      const inventory = container.resolve(Modules.INVENTORY)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: picks[0] } })
      const inventoryItemId = (data[0] as unknown as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0].inventory_item_id
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
      const paymentId = await issuedAndPaid(token, total)
      const before = await counts()

      await inventory.updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: level.location_id, stocked_quantity: Number(level.reserved_quantity) }])
      try {
        const refused = await order(token, lines, total, paymentId, "stock-key")
        expect(refused.status).toEqual(409)
        expect(refused.data.error.message).toMatch(/재고/)
      } finally {
        await inventory.updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: level.location_id, stocked_quantity: Number(level.stocked_quantity) }])
      }
      expect(portone.server().v2Payment(paymentId)).toMatchObject({ status: "CANCELLED", amount: { total, cancelled: total } })
      expect(cancelRequests(paymentId)).toHaveLength(1)
      expect(await counts()).toEqual(before)

      // The Idempotency-Key was given back; a new payment under it goes through.
      const again = await issuedAndPaid(token, total)
      expect((await order(token, lines, total, again, "stock-key")).status).toEqual(201)
    })
  },
})
