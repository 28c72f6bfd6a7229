import type { PaymentDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RecordOrderCaptureStepInput = { order_id: string; payment: PaymentDTO }

export const recordOrderCaptureStepId = "record-order-capture"

/** Adds the capture to the order's transactions so its summary shows it as paid. */
export const recordOrderCaptureStep = createStep(
  recordOrderCaptureStepId,
  async (input: RecordOrderCaptureStepInput, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const transactions = await orderModule.addOrderTransactions(
      (input.payment.captures ?? []).map((capture) => ({
        order_id: input.order_id,
        amount: capture.raw_amount ?? capture.amount,
        currency_code: input.payment.currency_code,
        reference: "capture",
        reference_id: capture.id,
      }))
    )
    return new StepResponse(transactions, transactions.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve(Modules.ORDER).deleteOrderTransactions(ids)
    }
  }
)
