import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { replaceFlatParcelOptions } from "../workflows/shipping/utils/parcel-shipping-option"

/**
 * Run once by `medusa db:migrate`: a database seeded before 고팡 택배 offered 일반배송 at a flat
 * 3,000 won on the store API, whatever each seller's policy said. It now offers the calculated
 * option that charges what the order saga charges.
 */
export default async function parcelDeliveryFees({ container }: { container: MedusaContainer }) {
  const replaced = await replaceFlatParcelOptions(container)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`고팡 택배: ${replaced} flat 일반배송 option(s) replaced`)
}
