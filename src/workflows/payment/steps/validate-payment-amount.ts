import type { BigNumberValue } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** How the expected amount is made up: one entry per seller parcel, in whole won. */
export type PaymentAmountBreakdown = {
  sellerId: string
  sellerName: string
  itemsTotal: number
  /** The delivery fee charged, island surcharge included. */
  deliveryFee: number
  islandSurcharge: number
  total: number
}[]

export type ValidatePaymentAmountStepInput = {
  expected: BigNumberValue
  requested: number
  /** Given by the order saga, so a refused amount tells the shopper what to pay and why. */
  breakdown?: PaymentAmountBreakdown
}

/** The `details` a payment-amount refusal carries (the /api/v1 envelope shows them). */
export type PaymentAmountMismatchDetails = {
  expectedAmount: number
  requestedAmount: number
  breakdown?: PaymentAmountBreakdown
}

export const validatePaymentAmountStepId = "validate-payment-amount"

const krw = (amount: number) => `${amount.toLocaleString("ko-KR")}원`

/**
 * The amount the shopper confirmed must be the amount we are about to charge: a stale page or a
 * tampered request stops here, before PortOne is called.
 */
export const validatePaymentAmountStep = createStep(
  validatePaymentAmountStepId,
  async (input: ValidatePaymentAmountStepInput) => {
    if (!MathBN.eq(input.expected, input.requested)) {
      const expectedAmount = MathBN.convert(input.expected).decimalPlaces(0).toNumber()
      const details: PaymentAmountMismatchDetails = {
        expectedAmount,
        requestedAmount: input.requested,
        ...(input.breakdown ? { breakdown: input.breakdown } : {}),
      }
      const message = input.breakdown
        ? `결제 금액이 주문 금액과 다릅니다 (amount: 요청 ${krw(input.requested)}, 주문 금액 ${krw(expectedAmount)})`
        : "결제 금액이 주문 금액과 다릅니다"
      // Enumerable, so it survives the workflow engine's error serialization.
      throw Object.assign(new MedusaError(MedusaError.Types.INVALID_DATA, message), { details })
    }
  }
)
