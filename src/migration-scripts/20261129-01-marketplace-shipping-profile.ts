import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  ensureMarketplaceShippingProfile,
  moveSellerProductsToMarketplaceProfile,
} from "../workflows/shipping/utils/marketplace-shipping-profile"

/**
 * Run once by `medusa db:migrate` (after Medusa's own scripts, which make the empty "Default
 * Shipping Profile"): makes the marketplace shipping profile when the database has none yet
 * (so it exists without the demo seed, which then adopts it), and moves every seller product
 * listed onto another profile (sellers used to get "the first default profile", Medusa's empty
 * one, on which nothing can be shipped) onto it.
 */
export default async function marketplaceShippingProfile({ container }: { container: MedusaContainer }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const profileId = await ensureMarketplaceShippingProfile(container)
  const moved = await moveSellerProductsToMarketplaceProfile(container, profileId)
  logger.info(`marketplace shipping profile ${profileId}: ${moved.length} seller product(s) moved onto it`)
}
