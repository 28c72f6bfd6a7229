import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import retryPaymentCompensations from "../../../src/jobs/retry-payment-compensations"
import type { PlacedOrder } from "../../../src/api/api/v1/order/route"
import { ORDER_GROUP_MODULE, PaymentCompensationStatus, type OrderGroupModuleService } from "../../../src/modules/order-group"
import { depositCard } from "../../../src/modules/portone/lib/card"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { SEED_SELLERS } from "../../../src/scripts/seed/sellers"
import { loadCartVariantFacts } from "../../../src/workflows/cart/utils/cart-rules"
import { createSellerOrdersStepId, placeOrderWorkflow } from "../../../src/workflows/order"
import { recordGroupRefundStepId, refundOrderWorkflow } from "../../../src/workflows/payment"
import { createAdmin } from "../../helpers/admin"
import { TEST_CARD, usePortOneTestServer } from "../../portone-server/harness"
import { bearer, joinAndLogin } from "../user/helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(300 * 1000)

const portone = usePortOneTestServer({ timeoutMs: 5_000, slowResponseMs: 6_000 })
const noThrow = { validateStatus: () => true }
const SEOUL = { name: "김고팡", phone: "010-1234-5678", zipCode: "05510", address: "서울특별시 송파구 송파대로 570" }
const card = { number: TEST_CARD.number, expiry: TEST_CARD.expiry, birth: TEST_CARD.birth, password2: TEST_CARD.password2 }

type Compensation = { id: string; action: string; reference: string; merchant_uid: string | null; status: string; attempts: number; last_error: string | null; history: { entries: { status: string; error?: string }[] } }

/**
 * Issue #15, hole 6: compensations that move money back are retried and recorded, never dropped;
 * the undo of a purchase's payment shares goes on past a failure; and the refund ledger never
 * takes back a refund PortOne confirmed. PortOne's side is read from the test server's ledger.
 */
gopangIntegrationTestRunner({
  database: "seeded",
  testSuite: ({ api, getContainer }) => {
    let http: AxiosInstance
    let container: MedusaContainer
    let seed: SeedSummary
    let picks: string[]
    let admin: { authorization: string }

    beforeAll(async () => {
      http = api as AxiosInstance
      container = getContainer()
      seed = await seedMarketplace(container)
      picks = await purchasableVariants(2)
      admin = await createAdmin(container, api)
    })

    async function purchasableVariants(count: number): Promise<string[]> {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const result: string[] = []
      for (const seller of SEED_SELLERS) {
        const sellerId = seed.sellerIdsByKey[seller.key]
        if (!sellerId || result.length === count) {
          continue
        }
        const { data } = await query.graph({ entity: "seller", fields: ["id", "status", "products.variants.id"], filters: { id: sellerId } })
        const row = data[0] as unknown as { status: string; products: { variants: { id: string }[] }[] }
        if (row.status !== "active") {
          continue
        }
        const facts = await loadCartVariantFacts(container, row.products.flatMap((p) => p.variants.map((v) => v.id)))
        const fit = [...facts.values()].find((f) => f.purchasable && f.minorPurchasable && f.available >= 20 && (f.maxOrder === null || f.maxOrder >= 5))
        if (fit) {
          result.push(fit.variantId)
        }
      }
      expect(result).toHaveLength(count)
      return result
    }

    async function expectedTotal(variantIds: string[]): Promise<number> {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "calculated_price.calculated_amount", "product.seller.id", "product.seller.delivery_policy.*"],
        filters: { id: variantIds },
        context: { calculated_price: QueryContext({ currency_code: "krw", region_id: seed.regionId }) },
      })
      type Row = { calculated_price: { calculated_amount: number }; product: { seller: { delivery_policy: Record<string, unknown> } } }
      return (data as unknown as Row[]).reduce((sum, row) => {
        const price = Number(row.calculated_price.calculated_amount)
        const policy = row.product.seller.delivery_policy
        const threshold = policy.free_delivery_threshold as number | null
        return sum + price + (threshold !== null && price >= threshold ? 0 : Number(policy.delivery_cost))
      }, 0)
    }

    async function listCompensations(query = ""): Promise<Compensation[]> {
      const response = await http.get(`/admin/payment-compensations${query}`, { headers: admin, ...noThrow })
      expect(response.status).toEqual(200)
      return response.data.payment_compensations
    }

    /** The saga for both picks (two seller orders, one keyed charge), failing after the orders are made. */
    async function failingPurchase(customerId: string, key: string) {
      const total = await expectedTotal(picks)
      const merchantUid = `ogcomp${key}${Date.now().toString(36)}`.slice(0, 32)
      const workflow = placeOrderWorkflow(container)
      workflow.appendAction(`throw-after-${createSellerOrdersStepId}`, createSellerOrdersStepId, {
        invoke: async () => {
          throw new Error("injected failure after the orders")
        },
      })
      const { errors } = await workflow.run({
        input: {
          customer_id: customerId,
          idempotency_key: `comp-${key}`,
          request_hash: "x",
          lines: picks.map((variant_id) => ({ variant_id, quantity: 1 })),
          receiver: { name: "김고팡", phone: "01012345678", zip_code: "05510", address: "서울특별시 송파구 송파대로 570" },
          payment: { flow: "keyed", merchant_uid: merchantUid, card_token: depositCard({ ...card }), amount: total },
        },
        throwOnError: false,
      })
      expect(errors.map((e: { error: Error }) => e.error.message)).toContain("injected failure after the orders")
      const charge = portone.server().v1PaymentByMerchantUid(merchantUid)!
      expect(charge.amount).toEqual(total)
      const cancels = portone.server().requests.filter((r) => r.path === "/payments/cancel" && r.body?.imp_uid === charge.imp_uid)
      return { total, merchantUid, charge: portone.server().v1Payment(charge.imp_uid)!, cancels }
    }

    it("admins only: the compensation list needs an operator", async () => {
      expect((await http.get("/admin/payment-compensations", noThrow)).status).toEqual(401)
      expect((await http.get("/admin/payment-compensations?status=lost", { headers: admin, ...noThrow })).status).toEqual(400)
    })

    it("a void that PortOne answers 500 once is called twice there, recorded failed then done, and the charge is gone", async () => {
      const customer = await joinAndLogin(http, "comp-500@gopang.test")
      portone.server().failNextCancels(1)
      const { total, merchantUid, charge, cancels } = await failingPurchase(customer.id, "once")

      // PortOne: one 500, then the cancel of the whole charge; nothing more (the second share found it voided).
      expect(cancels.map((r) => r.status)).toEqual([500, 200])
      expect(cancels[1].body).toMatchObject({ amount: total, checksum: total })
      expect(charge).toMatchObject({ status: "cancelled", cancel_amount: total })

      const [recorded] = (await listCompensations()).filter((c) => c.merchant_uid === merchantUid)
      expect(recorded).toMatchObject({ action: "cancel_payment", status: PaymentCompensationStatus.DONE, attempts: 2 })
      expect(recorded.history.entries.map((e) => e.status)).toEqual([PaymentCompensationStatus.FAILED, PaymentCompensationStatus.DONE])
      expect(recorded.last_error).toContain("500")
      expect((await listCompensations("?status=failed")).filter((c) => c.merchant_uid === merchantUid)).toEqual([])

      // Medusa's side agrees: every share's payment is cancelled, none left captured.
      const payments = await container.resolve(Modules.PAYMENT).listPayments({}, { take: 500 })
      const shares = payments.filter((p) => (p.data as { merchant_uid?: string }).merchant_uid === merchantUid)
      expect(shares.every((p) => !!p.canceled_at)).toBe(true)
    })

    it("the undo goes on past a share that keeps failing; the record stays failed until the retry job makes it done", async () => {
      const customer = await joinAndLogin(http, "comp-down@gopang.test")
      // Three 500s: every attempt made at once for the first share fails.
      portone.server().failNextCancels(3)
      const { total, merchantUid, charge, cancels } = await failingPurchase(customer.id, "down")

      // The second share's undo still ran, and it voided the purchase's charge.
      expect(cancels.map((r) => r.status)).toEqual([500, 500, 500, 200])
      expect(charge).toMatchObject({ status: "cancelled", cancel_amount: total })
      const failed = (await listCompensations("?status=failed")).filter((c) => c.merchant_uid === merchantUid)
      expect(failed).toHaveLength(1)
      expect(failed[0]).toMatchObject({ action: "cancel_payment", attempts: 3 })

      // The job: the share is cancelled in Medusa too (PortOne is not asked again: nothing left there).
      await retryPaymentCompensations(container)
      const [after] = (await listCompensations()).filter((c) => c.id === failed[0].id)
      expect(after).toMatchObject({ status: PaymentCompensationStatus.DONE, attempts: 4 })
      expect(portone.server().requests.filter((r) => r.path === "/payments/cancel" && r.body?.imp_uid === charge.imp_uid)).toHaveLength(4)
      const [payment] = await container.resolve(Modules.PAYMENT).listPayments({ id: failed[0].reference })
      expect(payment.canceled_at).toBeTruthy()
    })

    it("a refund PortOne confirmed stays in the ledger when a later step fails; the next partial cancel's checksum is right", async () => {
      const { token } = await joinAndLogin(http, "comp-ledger@gopang.test")
      const total = await expectedTotal(picks)
      const placed = await http.post(
        "/api/v1/order",
        { items: picks.map((variantId) => ({ variantId, amount: 1 })), receiver: SEOUL, amount: total, payment: { method: "card", card } },
        bearer(token, { "idempotency-key": "ledger-1" })
      )
      expect(placed.status).toEqual(201)
      const body = placed.data.data as PlacedOrder
      const [a, b] = body.orders
      const groups = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      const { merchant_uid: merchantUid } = await groups.retrieveOrderGroup(body.groupId)
      const impUid = portone.server().v1PaymentByMerchantUid(merchantUid!)!.imp_uid

      const workflow = refundOrderWorkflow(container)
      workflow.appendAction("throw-after-record-group-refund", recordGroupRefundStepId, {
        invoke: async () => {
          throw new Error("injected failure after the refund")
        },
      })
      const { errors } = await workflow.run({ input: { order_id: a.orderId, amount: a.total, note: "테스트" }, throwOnError: false })
      expect(errors.map((e: { error: Error }) => e.error.message)).toContain("injected failure after the refund")

      // PortOne refunded a's share; the ledger says so too.
      expect(portone.server().v1Payment(impUid)).toMatchObject({ cancel_amount: a.total })
      expect(Number((await groups.retrieveOrderGroup(body.groupId)).cancelled_amount)).toEqual(a.total)

      // So the next cancel carries the balance PortOne holds, and PortOne takes it.
      const cancelB = await http.delete(`/api/v1/order/${b.orderId}`, bearer(token))
      expect(cancelB.status).toEqual(200)
      const last = portone.server().requests.filter((r) => r.path === "/payments/cancel" && r.body?.imp_uid === impUid).at(-1)!
      expect(last.status).toEqual(200)
      expect(last.body).toMatchObject({ amount: b.total, checksum: total - a.total })
      expect(portone.server().v1Payment(impUid)).toMatchObject({ cancel_amount: a.total + b.total })
      expect(Number((await groups.retrieveOrderGroup(body.groupId)).cancelled_amount)).toEqual(a.total + b.total)
    })
  },
})
