import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveCustomerOrderPayment } from "../utils/customer-order-payment"

export type ValidateOrderRefundStepInput = { order_id: string; customer_id: string; amount?: number }
export type ValidateOrderRefundStepOutput = { payment_id: string; amount: number }

export const validateOrderRefundStepId = "validate-order-refund"

/**
 * Finds the caller's PortOne payment on the order and checks the refund against what is still
 * refundable (captured minus refunded). Admins and sellers refund through their own routes.
 */
export const validateOrderRefundStep = createStep(
  validateOrderRefundStepId,
  async (input: ValidateOrderRefundStepInput, { container }) => {
    const { payment } = await retrieveCustomerOrderPayment(container, input.order_id, input.customer_id)
    if (!payment) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "취소할 결제가 없습니다")
    }
    const refundable = payment.paid - payment.refunded
    if (refundable <= 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "이미 전액 취소된 결제입니다")
    }
    const amount = input.amount ?? refundable
    if (amount > refundable) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `취소 가능 금액(${refundable}원)을 초과했습니다`)
    }
    return new StepResponse<ValidateOrderRefundStepOutput>({ payment_id: payment.id, amount })
  }
)
