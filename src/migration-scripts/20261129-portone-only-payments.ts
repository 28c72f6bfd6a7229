import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { restrictRegionPaymentsToPortOne, SYSTEM_PAYMENT_PROVIDER_ID } from "../scripts/seed/store"

/**
 * Databases seeded before issue #15 offer Medusa's system provider (`pp_system_default`) in
 * 대한민국, which lets a store API cart complete without paying. `medusa db:migrate` runs this once:
 * every region then pays through PortOne only.
 */
export default async function portOneOnlyPayments({ container }: { container: MedusaContainer }): Promise<void> {
  const { updated } = await restrictRegionPaymentsToPortOne(container)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`migration: ${updated.length} region(s) no longer offer ${SYSTEM_PAYMENT_PROVIDER_ID}`)
}
