import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ResolveExchangeItemsStepInput = { exchange_id: string | null }

export const resolveExchangeItemsStepId = "resolve-exchange-items"

/** The order line items an approved exchange added (the replacements to ship). */
export const resolveExchangeItemsStep = createStep(
  resolveExchangeItemsStepId,
  async (input: ResolveExchangeItemsStepInput, { container }) => {
    if (!input.exchange_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "승인되지 않은 교환입니다.")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order_exchange",
      fields: ["id", "additional_items.item_id", "additional_items.quantity"],
      filters: { id: input.exchange_id },
    })
    const items = ((data[0]?.additional_items ?? []) as ({ item_id: string; quantity: number } | null)[])
      .filter((item): item is { item_id: string; quantity: number } => !!item)
      .map((item) => ({ id: item.item_id, quantity: Number(item.quantity) }))
    return new StepResponse(items)
  }
)
