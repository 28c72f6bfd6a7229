import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import reconcileOrderGroups from "../../../src/jobs/reconcile-order-groups"
import { requestHash } from "../../../src/api/api/v1/order/route"
import { PlaceOrderBody } from "../../../src/api/api/v1/order/validators"
import { ORDER_GROUP_MODULE, OrderGroupStatus, type OrderGroupModuleService } from "../../../src/modules/order-group"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { SEED_SELLERS } from "../../../src/scripts/seed/sellers"
import { loadCartVariantFacts } from "../../../src/workflows/cart/utils/cart-rules"
import { FAILED_AFTER_CHARGE, FAILED_WITHOUT_CHARGE } from "../../../src/workflows/order/utils/reconcile-order-groups"
import { newPurchaseMerchantUid } from "../../../src/workflows/order/utils/merchant-uid"
import { TEST_CARD, usePortOneTestServer } from "../../portone-server/harness"
import { bearer, joinAndLogin } from "../user/helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(300 * 1000)

const portone = usePortOneTestServer({ timeoutMs: 5_000, slowResponseMs: 6_000 })
const SEOUL = { name: "김고팡", phone: "010-1234-5678", zipCode: "05510", address: "서울특별시 송파구 송파대로 570" }
const card = { number: TEST_CARD.number, expiry: TEST_CARD.expiry, birth: TEST_CARD.birth, password2: TEST_CARD.password2 }

/**
 * Issue #15, hole 4: a process that dies after the PortOne charge and before the orders leaves a
 * purchase pending and a charge behind. The reconciliation job finds it by its payment id at
 * PortOne, cancels the charge and marks the purchase failed; its Idempotency-Key then answers
 * with that failure instead of "still in progress" forever. (The crash is simulated by the rows
 * the saga leaves at that point: a claimed purchase and a PortOne charge, nothing else.)
 */
gopangIntegrationTestRunner({
  database: "seeded",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let http: AxiosInstance
    let container: MedusaContainer
    let seed: SeedSummary
    let variantId: string

    beforeAll(async () => {
      http = api as AxiosInstance
      container = getContainer()
      seed = await seedMarketplace(container)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      for (const seller of SEED_SELLERS) {
        const sellerId = seed.sellerIdsByKey[seller.key]
        const { data } = await query.graph({ entity: "seller", fields: ["status", "products.variants.id"], filters: { id: sellerId } })
        const row = data[0] as unknown as { status: string; products: { variants: { id: string }[] }[] }
        const facts = row?.status === "active" ? await loadCartVariantFacts(container, row.products.flatMap((p) => p.variants.map((v) => v.id))) : new Map()
        const fit = [...facts.values()].find((f) => f.purchasable && f.minorPurchasable && f.available >= 5)
        if (fit) {
          variantId = fit.variantId
          break
        }
      }
      expect(variantId).toBeTruthy()
    })

    async function total(): Promise<number> {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["calculated_price.calculated_amount", "product.seller.delivery_policy.*"],
        filters: { id: variantId },
        context: { calculated_price: QueryContext({ currency_code: "krw", region_id: seed.regionId }) },
      })
      const row = data[0] as unknown as { calculated_price: { calculated_amount: number }; product: { seller: { delivery_policy: Record<string, unknown> } } }
      const price = Number(row.calculated_price.calculated_amount)
      const threshold = row.product.seller.delivery_policy.free_delivery_threshold as number | null
      return price + (threshold !== null && price >= threshold ? 0 : Number(row.product.seller.delivery_policy.delivery_cost))
    }

    /** What the saga leaves when its process dies right after the charge: a claimed purchase, a charge. */
    async function crashedAfterCharge(customerId: string, key: string, body: PlaceOrderBody, charged: boolean) {
      const merchantUid = newPurchaseMerchantUid()
      const group = await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).createOrderGroups({
        customer_id: customerId,
        idempotency_key: key,
        // What the route hashes: the validated body (the phone number normalized, and so on).
        request_hash: requestHash(PlaceOrderBody.parse(body)),
        receiver: { name: SEOUL.name, phone: "01012345678", zip_code: SEOUL.zipCode, address: SEOUL.address },
        merchant_uid: merchantUid,
        payment_flow: "keyed",
      })
      const charge = charged ? portone.server().payV1InBrowser({ merchant_uid: merchantUid, amount: body.amount }) : undefined
      return { group, merchantUid, charge }
    }

    it("cancels the charge of a purchase abandoned after payment, marks it failed, and its key answers with the failure", async () => {
      const server = portone.server()
      const customer = await joinAndLogin(http, "reconcile@gopang.test")
      const amount = await total()
      const body: PlaceOrderBody = { items: [{ variantId, amount: 1 }], receiver: SEOUL, amount, payment: { method: "card", card } }
      const crashed = await crashedAfterCharge(customer.id, "crashed-key", body, true)
      const uncharged = await crashedAfterCharge(customer.id, "crashed-before-charge", body, false)
      const young = await crashedAfterCharge(customer.id, "still-running", body, true)
      // Two of them were abandoned an hour ago; the third is a saga still running.
      await dbConnection.raw(`UPDATE order_group SET created_at = now() - interval '1 hour' WHERE id = ANY(?)`, [[crashed.group.id, uncharged.group.id]])
      const [, ordersBefore] = await container.resolve(Modules.ORDER).listAndCountOrders({}, { take: 1 })

      await reconcileOrderGroups(container)

      expect(server.v1Payment(crashed.charge!.imp_uid)).toMatchObject({ status: "cancelled", cancel_amount: amount })
      expect(server.v1Payment(young.charge!.imp_uid)).toMatchObject({ status: "paid", cancel_amount: 0 })
      const groups = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      expect(await groups.retrieveOrderGroup(crashed.group.id)).toMatchObject({ status: OrderGroupStatus.FAILED, failure_reason: FAILED_AFTER_CHARGE })
      expect(await groups.retrieveOrderGroup(uncharged.group.id)).toMatchObject({ status: OrderGroupStatus.FAILED, failure_reason: FAILED_WITHOUT_CHARGE })
      expect(await groups.retrieveOrderGroup(young.group.id)).toMatchObject({ status: OrderGroupStatus.PENDING })
      const [, ordersAfter] = await container.resolve(Modules.ORDER).listAndCountOrders({}, { take: 1 })
      expect(ordersAfter).toEqual(ordersBefore)

      // The same key and body: the failure, at once, and no new charge.
      const onetimes = server.count("POST", "/subscribe/payments/onetime")
      const started = Date.now()
      const again = await http.post("/api/v1/order", body, bearer(customer.token, { "idempotency-key": "crashed-key" }))
      expect(again.data.error?.message).toContain(FAILED_AFTER_CHARGE)
      expect(again.status).toEqual(400)
      expect(again.data.error.code).toEqual("not_allowed")
      expect(again.data.error.message).toContain(FAILED_AFTER_CHARGE)
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(server.count("POST", "/subscribe/payments/onetime")).toEqual(onetimes)

      // A browser (V2) purchase abandoned after the shopper paid: found by its paymentId, cancelled.
      const v2Body: PlaceOrderBody = { ...body, payment: { method: "portone_v2", paymentId: "bpcrashed0000000000000001" } }
      const v2Group = await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).createOrderGroups({
        customer_id: customer.id,
        idempotency_key: "crashed-v2",
        request_hash: requestHash(PlaceOrderBody.parse(v2Body)),
        receiver: { name: SEOUL.name, phone: "01012345678", zip_code: SEOUL.zipCode, address: SEOUL.address },
        merchant_uid: "bpcrashed0000000000000001",
        payment_flow: "v2_browser",
      })
      server.payV2InBrowser({ paymentId: "bpcrashed0000000000000001", totalAmount: amount })
      await dbConnection.raw(`UPDATE order_group SET created_at = now() - interval '1 hour' WHERE id = ?`, [v2Group.id])
      await reconcileOrderGroups(container)
      expect(server.v2Payment("bpcrashed0000000000000001")).toMatchObject({ status: "CANCELLED", amount: { total: amount, cancelled: amount } })
      expect(await groups.retrieveOrderGroup(v2Group.id)).toMatchObject({ status: OrderGroupStatus.FAILED, failure_reason: FAILED_AFTER_CHARGE })

      // A second run changes nothing: PortOne is not asked to cancel again.
      const cancels = server.count("POST", "/payments/cancel")
      await reconcileOrderGroups(container)
      expect(server.count("POST", "/payments/cancel")).toEqual(cancels)
    })
  },
})
