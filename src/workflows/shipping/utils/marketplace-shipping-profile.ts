import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createShippingProfilesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The marketplace's shipping profile: the one the 일반배송 and 반품 회수 options belong to, and so
 * the one every seller's product must be on to be shipped, returned or offered a shipping option.
 * Its identity is its name (unique among Medusa's shipping profiles). Medusa makes a second,
 * empty "Default Shipping Profile" of the same type on first migration: never "the first
 * default profile", always this one.
 */
export const MARKETPLACE_SHIPPING_PROFILE_NAME = "고팡 기본 배송"

/** The marketplace profile's id, or undefined when it has not been made yet. */
export async function findMarketplaceShippingProfileId(container: MedusaContainer): Promise<string | undefined> {
  const [profile] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ name: MARKETPLACE_SHIPPING_PROFILE_NAME }, { select: ["id"] })
  return profile?.id
}

/** The marketplace profile's id; a store that lacks it is broken, not a seller's mistake. */
export async function requireMarketplaceShippingProfileId(container: MedusaContainer): Promise<string> {
  const id = await findMarketplaceShippingProfileId(container)
  if (!id) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `The marketplace shipping profile "${MARKETPLACE_SHIPPING_PROFILE_NAME}" is missing: run \`medusa db:migrate\``
    )
  }
  return id
}

/** Finds the marketplace profile, or makes it (migration script and seed both call this). */
export async function ensureMarketplaceShippingProfile(container: MedusaContainer): Promise<string> {
  const existing = await findMarketplaceShippingProfileId(container)
  if (existing) {
    return existing
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: MARKETPLACE_SHIPPING_PROFILE_NAME, type: "default" }] },
  })
  return result[0].id
}

type SellerProductRow = { id: string; shipping_profile?: { id: string } | null }

/**
 * Moves every seller's product that is not on the marketplace profile onto it (the repair of
 * products listed while sellers got "the first default profile"). Returns the moved product ids.
 */
export async function moveSellerProductsToMarketplaceProfile(container: MedusaContainer, profileId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields: ["id", "products.id", "products.shipping_profile.id"] })
  const products = (data as unknown as { products?: (SellerProductRow | null)[] | null }[]).flatMap((seller) =>
    (seller.products ?? []).filter((product): product is SellerProductRow => !!product)
  )
  const misplaced = products.filter((product) => product.shipping_profile?.id !== profileId).map((product) => product.id)
  if (misplaced.length) {
    await updateProductsWorkflow(container).run({
      input: { selector: { id: misplaced }, update: { shipping_profile_id: profileId } },
    })
  }
  return misplaced
}
