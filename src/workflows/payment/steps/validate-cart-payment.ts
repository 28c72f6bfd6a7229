import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateCartPaymentStepInput = { cart_id: string; customer_id: string }
export type ValidateCartPaymentStepOutput = { cart_id: string; payment_collection_id?: string }

export const validateCartPaymentStepId = "validate-cart-payment"

/** The cart must be the caller's and still open; another customer's cart answers 404. */
export const validateCartPaymentStep = createStep(
  validateCartPaymentStepId,
  async (input: ValidateCartPaymentStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at", "currency_code", "payment_collection.id"],
      filters: { id: input.cart_id },
    })
    const cart = data[0]
    if (!cart || cart.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found`)
    }
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "이미 주문이 완료된 장바구니입니다")
    }
    if (cart.currency_code !== "krw") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "원화(KRW) 장바구니만 결제할 수 있습니다")
    }
    return new StepResponse<ValidateCartPaymentStepOutput>({
      cart_id: cart.id,
      payment_collection_id: cart.payment_collection?.id ?? undefined,
    })
  }
)
