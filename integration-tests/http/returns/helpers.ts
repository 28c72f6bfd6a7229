import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { seedSellerEmail } from "../../../src/scripts/seed/sellers"
import { joinAndLogin } from "../user/helpers"

export const SELLER_PASSWORD = "seller-password-1"
export const ok = { validateStatus: () => true }

export type Actor = { id: string; headers: Record<string, string> }

export async function customer(api: AxiosInstance, email: string): Promise<Actor & { email: string }> {
  const { id, token } = await joinAndLogin(api, email)
  return { id, email, headers: { authorization: `Bearer ${token}` } }
}

/** A seeded seller's login (GOPANG_SELLER_PASSWORD is set in the spec's env). */
export async function seller(api: AxiosInstance, key: string): Promise<Actor> {
  const { data } = await api.post("/api/v1/seller/login", { email: seedSellerEmail(key), password: SELLER_PASSWORD })
  return { id: data.data.seller.id, headers: { authorization: `Bearer ${data.data.token}` } }
}

/** The variant of a seeded product with the given option values. */
export async function variantOf(container: MedusaContainer, productId: string, values: string[]): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.options.value"],
    filters: { id: productId },
  })
  type Row = { variants: { id: string; options: { value: string }[] }[] }
  const variant = (data[0] as unknown as Row).variants.find((v) => values.every((value) => v.options.some((o) => o.value === value)))
  if (!variant) {
    throw new Error(`no variant ${values.join("/")} of ${productId}`)
  }
  return variant.id
}

/** Stocked and reserved units of a variant at its (only) stock location. */
export async function stockOf(container: MedusaContainer, variantId: string): Promise<{ stocked: number; reserved: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory.location_levels.stocked_quantity", "inventory_items.inventory.location_levels.reserved_quantity"],
    filters: { id: variantId },
  })
  type Row = { inventory_items: { inventory: { location_levels: { stocked_quantity: number; reserved_quantity: number }[] } }[] }
  const level = (data[0] as unknown as Row).inventory_items[0].inventory.location_levels[0]
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
}
