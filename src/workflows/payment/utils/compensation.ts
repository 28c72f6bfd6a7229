import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE, PaymentCompensationStatus, type OrderGroupModuleService } from "../../../modules/order-group"
import { cancellableBalance } from "../../../modules/portone"
import { portOneV2 } from "./portone-v2"

export type PaymentCompensationAction = "cancel_payment" | "void_browser_payment"
export type PaymentCompensationJob = { action: PaymentCompensationAction; reference: string; merchant_uid?: string | null }
type HistoryEntry = { at: string; status: PaymentCompensationStatus; error?: string }
type Recorded = { id: string; attempts: number; history: HistoryEntry[] }

/** Attempts made at once before the job takes over (PortOne answers a retry after a blip). */
export const INLINE_ATTEMPTS = 3
const RETRY_DELAY_MS = 300

/** Does the compensation once; throws when PortOne (or anything on the way) fails. */
async function perform(container: MedusaContainer, job: PaymentCompensationJob): Promise<void> {
  if (job.action === "cancel_payment") {
    // Medusa's cancel: the provider re-reads PortOne and voids what is left (nothing if already voided).
    await container.resolve(Modules.PAYMENT).cancelPayment(job.reference)
    return
  }
  const { client } = portOneV2()
  const payment = await client.getPayment(job.reference)
  if (!payment || (payment.status !== "PAID" && payment.status !== "PARTIAL_CANCELLED")) {
    return
  }
  const balance = cancellableBalance(payment.amount.total, payment.amount.cancelled)
  await client.cancel({ paymentId: job.reference, currentCancellableAmount: balance, reason: "주문 처리 실패", idempotencyKey: `saga-void-${job.reference}` })
}

/** Stored as `{ entries: [...] }` (a json column holds an object). */
const toHistory = (value: unknown): HistoryEntry[] => ((value as { entries?: HistoryEntry[] } | null)?.entries ?? [])
const fromHistory = (entries: HistoryEntry[]) => ({ entries })

/**
 * Runs a money-moving compensation with retries. The first failure is recorded (status failed,
 * the error, the attempt), every later attempt is added to the record, and success marks it
 * done; after `attempts` failures the record stays failed for the retry job and the operators.
 * Never throws: the caller goes on undoing the rest.
 */
export async function compensatePayment(
  container: MedusaContainer,
  job: PaymentCompensationJob,
  options: { attempts?: number; recorded?: Recorded } = {}
): Promise<boolean> {
  const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  let recorded = options.recorded
  const attempts = options.attempts ?? INLINE_ATTEMPTS
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await perform(container, job)
      if (recorded) {
        const history = [...recorded.history, { at: new Date().toISOString(), status: PaymentCompensationStatus.DONE }]
        await service.updatePaymentCompensations({
          id: recorded.id,
          status: PaymentCompensationStatus.DONE,
          attempts: recorded.attempts + 1,
          history: fromHistory(history),
        })
        logger.info(`payment compensation ${recorded.id} (${job.action} ${job.reference}) done after ${recorded.attempts + 1} attempts`)
      }
      return true
    } catch (error) {
      const message = (error as Error).message
      logger.warn(`payment compensation ${job.action} ${job.reference} failed (attempt ${attempt}): ${message}`)
      const entry: HistoryEntry = { at: new Date().toISOString(), status: PaymentCompensationStatus.FAILED, error: message }
      if (!recorded) {
        const created = await service.createPaymentCompensations({
          action: job.action,
          reference: job.reference,
          merchant_uid: job.merchant_uid ?? null,
          status: PaymentCompensationStatus.FAILED,
          attempts: 1,
          last_error: message,
          history: fromHistory([entry]),
        })
        recorded = { id: created.id, attempts: 1, history: [entry] }
      } else {
        recorded = { id: recorded.id, attempts: recorded.attempts + 1, history: [...recorded.history, entry] }
        await service.updatePaymentCompensations({
          id: recorded.id,
          status: PaymentCompensationStatus.FAILED,
          attempts: recorded.attempts,
          last_error: message,
          history: fromHistory(recorded.history),
        })
      }
      if (attempt < attempts) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt))
      }
    }
  }
  return false
}

/** The job's pass: one more attempt for every compensation still failed. */
export async function retryFailedPaymentCompensations(container: MedusaContainer, limit = 50): Promise<{ retried: number; done: number }> {
  const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const failed = await service.listPaymentCompensations({ status: PaymentCompensationStatus.FAILED }, { take: limit, order: { created_at: "ASC" } })
  let done = 0
  for (const row of failed) {
    const ok = await compensatePayment(
      container,
      { action: row.action as PaymentCompensationAction, reference: row.reference, merchant_uid: row.merchant_uid },
      { attempts: 1, recorded: { id: row.id, attempts: row.attempts, history: toHistory(row.history) } }
    )
    done += ok ? 1 : 0
  }
  return { retried: failed.length, done }
}
