import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow, deleteShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { DELIVERY_PROVIDER_ID } from "../../../modules/delivery"

export const PARCEL_OPTION_NAME = "일반배송"
export const PARCEL_OPTION_CODE = "standard"

/** 일반배송 as the store API offers it: 고팡 택배, priced per seller (a calculated option). */
export function parcelShippingOption(serviceZoneId: string, shippingProfileId: string) {
  return {
    name: PARCEL_OPTION_NAME,
    price_type: "calculated" as const,
    provider_id: DELIVERY_PROVIDER_ID,
    service_zone_id: serviceZoneId,
    shipping_profile_id: shippingProfileId,
    data: { id: "gopang-parcel" },
    type: { label: PARCEL_OPTION_NAME, description: "판매자별 배송비 (무료배송 기준·제주/도서산간 추가 요금 포함)", code: PARCEL_OPTION_CODE },
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  }
}

type OptionRow = {
  id: string
  price_type: string
  provider_id: string | null
  shipping_profile_id: string | null
  service_zone: { id: string; location_id: string | null } | null
  type_code: string | null
  is_return: boolean
}

/**
 * Repairs a database made before 고팡 택배: every flat 일반배송 option (Medusa's manual provider,
 * one price for every cart) is replaced by the calculated one in the same service zone and
 * profile, and the zone's stock locations are allowed the 고팡 택배 provider. Returns how many
 * options were replaced; running it again replaces nothing.
 */
export async function replaceFlatParcelOptions(container: MedusaContainer): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: [
      "id",
      "price_type",
      "provider_id",
      "shipping_profile_id",
      "service_zone.id",
      "service_zone.fulfillment_set.id",
      "service_zone.fulfillment_set.location.id",
      "type.code",
      "rules.attribute",
      "rules.value",
    ],
  })
  const rows: OptionRow[] = data.map((option) => ({
    id: option.id,
    price_type: String(option.price_type),
    provider_id: option.provider_id ?? null,
    shipping_profile_id: option.shipping_profile_id ?? null,
    service_zone: option.service_zone
      ? {
          id: option.service_zone.id,
          location_id: option.service_zone.fulfillment_set?.location?.id ?? null,
        }
      : null,
    type_code: option.type?.code ?? null,
    is_return: (option.rules ?? []).some((rule: { attribute: string; value: unknown } | null) => rule?.attribute === "is_return" && String(rule.value) === "true"),
  }))
  const flat = rows.filter(
    (option) =>
      option.type_code === PARCEL_OPTION_CODE && option.price_type === "flat" && option.provider_id !== DELIVERY_PROVIDER_ID && !option.is_return
  )
  for (const option of flat) {
    if (!option.service_zone || !option.shipping_profile_id) {
      continue
    }
    if (option.service_zone.location_id) {
      await allowDeliveryProvider(container, link, option.service_zone.location_id)
    }
    await createShippingOptionsWorkflow(container).run({ input: [parcelShippingOption(option.service_zone.id, option.shipping_profile_id)] })
    await deleteShippingOptionsWorkflow(container).run({ input: { ids: [option.id] } })
  }
  return flat.length
}

/** Lets a stock location ship with 고팡 택배 (Medusa checks this when an option is made). */
export async function allowDeliveryProvider(
  container: MedusaContainer,
  link = container.resolve(ContainerRegistrationKeys.LINK),
  stockLocationId: string
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "location_fulfillment_provider",
    fields: ["fulfillment_provider_id"],
    filters: { stock_location_id: stockLocationId, fulfillment_provider_id: DELIVERY_PROVIDER_ID },
  })
  if (!data.length) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: DELIVERY_PROVIDER_ID },
    })
  }
}
