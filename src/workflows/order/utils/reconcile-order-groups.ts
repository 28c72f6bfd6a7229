import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE, OrderGroupStatus, type OrderGroupModuleService } from "../../../modules/order-group"
import { cancellableBalance, PortOneV1Client, PortOneV2Client, portOneOptionsFromEnv } from "../../../modules/portone"

/** A purchase still pending after this long was abandoned by its process (the saga takes seconds). */
export const RECONCILE_AFTER_MS = 10 * 60 * 1000

/**
 * The bound in force: GOPANG_RECONCILE_AFTER_MS (milliseconds, a whole number ≥ 0) when set,
 * else RECONCILE_AFTER_MS. A bound shorter than a saga can take would cancel the charge of a
 * purchase still being placed: lower it only where no purchase is in flight (the crash test).
 */
export function reconcileAfterMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.GOPANG_RECONCILE_AFTER_MS?.trim()
  if (!raw) {
    return RECONCILE_AFTER_MS
  }
  if (!/^\d+$/.test(raw)) {
    throw new Error(`GOPANG_RECONCILE_AFTER_MS must be a whole number of milliseconds, not "${raw}"`)
  }
  return Number(raw)
}

/** How long after a process starts its one reconciliation run comes (the server is up by then). */
export const RECONCILE_ON_START_DELAY_MS = 30 * 1000

/** GOPANG_RECONCILE_ON_START_DELAY_MS (whole milliseconds, at least 1) when set, else 30 s. */
export function reconcileOnStartDelayMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.GOPANG_RECONCILE_ON_START_DELAY_MS?.trim()
  if (!raw) {
    return RECONCILE_ON_START_DELAY_MS
  }
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new Error(`GOPANG_RECONCILE_ON_START_DELAY_MS must be a whole number of milliseconds (at least 1), not "${raw}"`)
  }
  return Number(raw)
}

export type ReconcileResult = { checked: number; cancelled: string[]; failed: string[]; skipped: string[] }

export const FAILED_AFTER_CHARGE = "결제 후 주문이 만들어지지 못해 결제를 취소했습니다"
export const FAILED_WITHOUT_CHARGE = "주문 처리가 끝나지 않았고 결제도 확인되지 않았습니다"

type PortOneCharge = { cancel: () => Promise<void> } | undefined

/** What PortOne holds under the purchase's payment id, and how to cancel what is left of it. */
async function findCharge(flow: string | null, merchantUid: string): Promise<PortOneCharge> {
  const options = portOneOptionsFromEnv()
  if (flow === "v2_browser") {
    if (!options?.v2) {
      throw new Error("PortOne V2 is not configured")
    }
    const client = new PortOneV2Client({ ...options.v2, timeoutMs: options.timeoutMs })
    const payment = await client.getPayment(merchantUid)
    if (!payment || (payment.status !== "PAID" && payment.status !== "PARTIAL_CANCELLED")) {
      return undefined
    }
    const balance = cancellableBalance(payment.amount.total, payment.amount.cancelled)
    return {
      cancel: async () => {
        await client.cancel({ paymentId: merchantUid, currentCancellableAmount: balance, reason: "주문 미생성 결제 취소", idempotencyKey: `reconcile-${merchantUid}` })
      },
    }
  }
  if (!options?.v1) {
    throw new Error("PortOne V1 is not configured")
  }
  const client = new PortOneV1Client({ ...options.v1, timeoutMs: options.timeoutMs })
  const payment = await client.findByMerchantUid(merchantUid)
  if (!payment || payment.status !== "paid") {
    return undefined
  }
  const balance = cancellableBalance(payment.amount, payment.cancel_amount)
  return {
    cancel: async () => {
      await client.cancel({ imp_uid: payment.imp_uid, amount: balance, checksum: balance, reason: "주문 미생성 결제 취소" })
    },
  }
}

/**
 * Purchases whose process died between claiming the Idempotency-Key and placing the orders: each
 * pending longer than the bound is looked up at PortOne by its payment id. A charge with no
 * orders is cancelled, the stock reserved for it released and the purchase marked failed (its
 * key then answers with that failure); no charge: released and failed as well. A purchase that has seller orders is left to an operator (logged).
 * PortOne unreachable: left pending for the next run.
 */
export async function reconcilePendingOrderGroups(
  container: MedusaContainer,
  options: { olderThanMs?: number; limit?: number } = {}
): Promise<ReconcileResult> {
  const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const before = new Date(Date.now() - (options.olderThanMs ?? reconcileAfterMs()))
  const pending = await service.listOrderGroups(
    { status: OrderGroupStatus.PENDING, created_at: { $lt: before } },
    { take: options.limit ?? 100, order: { created_at: "ASC" } }
  )
  const result: ReconcileResult = { checked: pending.length, cancelled: [], failed: [], skipped: [] }
  for (const group of pending) {
    const [delivery] = await service.listOrderDeliveries({ group_id: group.id }, { select: ["id"], take: 1 })
    if (delivery || !group.merchant_uid) {
      logger.warn(`reconcile: purchase ${group.id} is pending with ${delivery ? "seller orders" : "no payment id"}; left for an operator`)
      result.skipped.push(group.id)
      continue
    }
    try {
      const charge = await findCharge(group.payment_flow, group.merchant_uid)
      if (charge) {
        await charge.cancel()
        result.cancelled.push(group.id)
        logger.warn(`reconcile: cancelled PortOne payment ${group.merchant_uid} of purchase ${group.id}, which has no orders`)
      }
      // The stock the dead saga reserved for it (reservations carry the purchase's id).
      const inventory = container.resolve(Modules.INVENTORY)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: held } = await query.graph({ entity: "reservation", fields: ["id"], filters: { external_id: group.id } })
      if (held.length) {
        await inventory.deleteReservationItems(held.map((reservation) => reservation.id))
        logger.warn(`reconcile: released ${held.length} reservation(s) of purchase ${group.id}`)
      }
      await service.updateOrderGroups({
        id: group.id,
        status: OrderGroupStatus.FAILED,
        failure_reason: charge ? FAILED_AFTER_CHARGE : FAILED_WITHOUT_CHARGE,
        failed_at: new Date(),
      })
      result.failed.push(group.id)
    } catch (error) {
      logger.error(`reconcile: purchase ${group.id} (${group.merchant_uid}) stays pending: ${(error as Error).message}`)
      result.skipped.push(group.id)
    }
  }
  return result
}
