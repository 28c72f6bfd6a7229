import type { BigNumberValue } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidatePaymentAmountStepInput = { expected: BigNumberValue; requested: number }

export const validatePaymentAmountStepId = "validate-payment-amount"

/**
 * The amount the shopper confirmed must be the amount we are about to charge: a stale page or a
 * tampered request stops here, before PortOne is called.
 */
export const validatePaymentAmountStep = createStep(
  validatePaymentAmountStepId,
  async (input: ValidatePaymentAmountStepInput) => {
    if (!MathBN.eq(input.expected, input.requested)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "결제 금액이 주문 금액과 다릅니다")
    }
  }
)
