import type { UpdatePaymentDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../modules/order-group"

export type SyncSharedPaymentBalanceStepInput = { payment_id: string; merchant_uid: string }

type SyncResult = { group_id: string | null }
type PaymentSnapshot = { payment_id: string; data: Record<string, unknown> }

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
    const [payment] = await payments.listPayments({ id: input.payment_id }, { select: ["id", "data"] })
    const before = payment.data ?? {}
    // Medusa's UpdatePaymentDTO omits `data`, but the service stores it (Medusa's own refund does).
    await payments.updatePayment({
      id: payment.id,
      data: { ...before, paid_amount: Number(group.total), cancelled_amount: Number(group.cancelled_amount) },
    } as UpdatePaymentDTO)
    return new StepResponse<SyncResult, PaymentSnapshot | null>({ group_id: group.id }, { payment_id: payment.id, data: before })
  },
  async (snapshot, { container }) => {
    if (snapshot) {
      await container.resolve(Modules.PAYMENT).updatePayment({ id: snapshot.payment_id, data: snapshot.data } as UpdatePaymentDTO)
    }
  }
)

export type RecordGroupRefundStepInput = { group_id: string | null; amount: number }

export const recordGroupRefundStepId = "record-group-refund"

/** Adds a refund to the purchase's ledger (compensation takes it off again). */
export const recordGroupRefundStep = createStep(
  recordGroupRefundStepId,
  async (input: RecordGroupRefundStepInput, { container }) => {
    if (!input.group_id) {
      return new StepResponse<void, { id: string; cancelled_amount: number } | null>(undefined, null)
    }
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const group = await service.retrieveOrderGroup(input.group_id, { select: ["id", "cancelled_amount"] })
    await service.updateOrderGroups({ id: group.id, cancelled_amount: Number(group.cancelled_amount) + input.amount })
    return new StepResponse<void, { id: string; cancelled_amount: number } | null>(undefined, {
      id: group.id,
      cancelled_amount: Number(group.cancelled_amount),
    })
  },
  async (snapshot, { container }) => {
    if (snapshot) {
      await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).updateOrderGroups(snapshot)
    }
  }
)
