import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ResolveAftersalesShippingStepInput = { order_id: string }

export type AftersalesShipping = {
  /** The return (회수) shipping option and the stock location it brings parcels back to. */
  return_option_id: string
  location_id: string
  /** The option the replacement of an exchange ships with: the order's own shipping option. */
  outbound_option_id: string
}

type OptionRow = {
  id: string
  rules: { attribute: string; value: string }[] | null
  service_zone: { fulfillment_set: { location: { id: string } | null } | null } | null
}

export const resolveAftersalesShippingStepId = "resolve-aftersales-shipping"

/**
 * Picks Medusa shipping options for the order side of a return or exchange: a return option
 * (rule is_return = true) for the pickup, the order's shipping option for a replacement.
 */
export const resolveAftersalesShippingStep = createStep(
  resolveAftersalesShippingStepId,
  async (input: ResolveAftersalesShippingStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "rules.attribute", "rules.value", "service_zone.fulfillment_set.location.id"],
    })
    const isReturn = (option: OptionRow) =>
      (option.rules ?? []).some((rule) => rule.attribute === "is_return" && rule.value === "true")
    const returnOption = (options as unknown as OptionRow[]).find(isReturn)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "shipping_methods.shipping_option_id"],
      filters: { id: input.order_id },
    })
    const methods = ((orders[0] as unknown as { shipping_methods: { shipping_option_id: string | null }[] | null } | undefined)
      ?.shipping_methods ?? [])
    const orderOptionId = methods.map((m) => m.shipping_option_id).find(Boolean)
    const outbound =
      (options as unknown as OptionRow[]).find((o) => o.id === orderOptionId) ??
      (options as unknown as OptionRow[]).find((o) => !isReturn(o))
    const locationId = returnOption?.service_zone?.fulfillment_set?.location?.id
    if (!returnOption || !outbound || !locationId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "반품 회수 배송 방법이 설정되어 있지 않습니다.")
    }
    return new StepResponse<AftersalesShipping>({
      return_option_id: returnOption.id,
      location_id: locationId,
      outbound_option_id: outbound.id,
    })
  }
)
