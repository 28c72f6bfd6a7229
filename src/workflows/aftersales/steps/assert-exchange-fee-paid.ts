import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type AssertExchangeFeePaidStepInput = { order_id: string }

export const assertExchangeFeePaidStepId = "assert-exchange-fee-paid"

/**
 * A customer-reason exchange ships its replacement only once the customer has paid the fee the
 * exchange added to the order (Medusa's pending difference, paid through /api/v1/payment/pay).
 */
export const assertExchangeFeePaidStep = createStep(
  assertExchangeFeePaidStepId,
  async (input: AssertExchangeFeePaidStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "summary.*"], filters: { id: input.order_id } })
    const summary = (data[0] as unknown as { summary?: { pending_difference?: number } | null } | undefined)?.summary
    const due = Number(summary?.pending_difference ?? 0)
    if (due > 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `교환 배송비 ${due}원이 아직 결제되지 않았습니다.`)
    }
    return new StepResponse({ due: 0 })
  }
)
