import type { UpdatePaymentDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../modules/order-group"

export type SyncSharedPaymentBalanceStepInput = { payment_id: string; merchant_uid: string }

type SyncResult = { group_id: string | null }
type PaymentSnapshot = { payment_id: string; data: Record<string, unknown>; refunds: number }

export const syncSharedPaymentBalanceStepId = "sync-shared-payment-balance"

/**
 * The seller orders of one purchase share one PortOne payment, but each has its own Medusa
 * payment whose data only saw its own refunds. Before refunding one, its data gets the
 * purchase's ledger (total paid, total cancelled so far), so the provider sends PortOne the true
 * balance as the checksum. Payments that are not shares are left alone.
 */
export const syncSharedPaymentBalanceStep = createStep(
  syncSharedPaymentBalanceStepId,
  async (input: SyncSharedPaymentBalanceStepInput, { container }) => {
    const [group] = await container
      .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      .listOrderGroups({ merchant_uid: input.merchant_uid }, { select: ["id", "total", "cancelled_amount"] })
    if (!group) {
      return new StepResponse<SyncResult, PaymentSnapshot | null>({ group_id: null }, null)
    }
    const payments = container.resolve(Modules.PAYMENT)
    const [payment] = await payments.listPayments({ id: input.payment_id }, { select: ["id", "data"], relations: ["refunds"] })
    const before = payment.data ?? {}
    // Medusa's UpdatePaymentDTO omits `data`, but the service stores it (Medusa's own refund does).
    await payments.updatePayment({
      id: payment.id,
      data: { ...before, paid_amount: Number(group.total), cancelled_amount: Number(group.cancelled_amount) },
    } as UpdatePaymentDTO)
    return new StepResponse<SyncResult, PaymentSnapshot | null>({ group_id: group.id }, { payment_id: payment.id, data: before, refunds: (payment.refunds ?? []).length })
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const payments = container.resolve(Modules.PAYMENT)
    const [payment] = await payments.listPayments({ id: snapshot.payment_id }, { select: ["id"], relations: ["refunds"] })
    // A refund went through since: the data now holds PortOne's answer to it, which stays.
    if ((payment?.refunds ?? []).length > snapshot.refunds) {
      return
    }
    await payments.updatePayment({ id: snapshot.payment_id, data: snapshot.data } as UpdatePaymentDTO)
  }
)

export type RecordGroupRefundStepInput = { group_id: string | null; amount: number }

export const recordGroupRefundStepId = "record-group-refund"

/** Adds a refund PortOne confirmed to the purchase's ledger. */
export const recordGroupRefundStep = createStep(
  recordGroupRefundStepId,
  async (input: RecordGroupRefundStepInput, { container }) => {
    if (!input.group_id) {
      return new StepResponse<void>(undefined)
    }
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const group = await service.retrieveOrderGroup(input.group_id, { select: ["id", "cancelled_amount"] })
    await service.updateOrderGroups({ id: group.id, cancelled_amount: Number(group.cancelled_amount) + input.amount })
    return new StepResponse<void>(undefined)
  }
  // No compensation, on purpose: this step runs only after PortOne confirmed the refund, which
  // nothing undoes (Medusa's refundPaymentStep keeps its refund too). Taking it off the ledger
  // when a later step fails would make every later checksum disagree with PortOne's.
)
