import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateOrderPaymentStepInput = { order_id: string; customer_id: string }
export type ValidateOrderPaymentStepOutput = { order_id: string; payment_collection_id: string; currency_code: string }

export const validateOrderPaymentStepId = "validate-order-payment"

const PAYABLE = new Set(["not_paid", "awaiting"])

type OrderRow = {
  id: string
  customer_id: string | null
  currency_code: string
  payment_collections: ({ id: string; status: string } | null)[] | null
}

/** The order must be the caller's and have a payment collection still waiting for money. */
export const validateOrderPaymentStep = createStep(
  validateOrderPaymentStepId,
  async (input: ValidateOrderPaymentStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "currency_code", "payment_collections.id", "payment_collections.status"],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderRow | undefined
    if (!order || order.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    const collection = (order.payment_collections ?? []).find((pc) => pc && PAYABLE.has(pc.status))
    if (!collection) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "결제할 금액이 남아 있지 않은 주문입니다")
    }
    return new StepResponse<ValidateOrderPaymentStepOutput>({
      order_id: order.id,
      payment_collection_id: collection.id,
      currency_code: order.currency_code,
    })
  }
)
