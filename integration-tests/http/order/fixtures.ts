import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import type { SeedSummary } from "../../../src/scripts/seed"
import { SEED_SELLERS } from "../../../src/scripts/seed/sellers"
import { loadCartVariantFacts } from "../../../src/workflows/cart/utils/cart-rules"

/**
 * Shared by the purchase specs (the /api/v1 order, the browser payment, the store API checkout):
 * seeded goods to buy, and what a purchase of them must cost, computed here independently of the
 * shop's code from each seller's policy.
 */

export type SellerPick = { variantId: string; sellerId: string; sellerKey: string }
export type PurchaseLine = { variantId: string; amount: number }

/** A purchasable variant with stock from each of `count` active sellers (in seed order). */
export async function pickOnePerSeller(container: MedusaContainer, seed: SeedSummary, count: number): Promise<SellerPick[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const result: SellerPick[] = []
  for (const seller of SEED_SELLERS) {
    const sellerId = seed.sellerIdsByKey[seller.key]
    if (!sellerId || result.length === count) {
      continue
    }
    const { data } = await query.graph({ entity: "seller", fields: ["id", "status", "products.variants.id"], filters: { id: sellerId } })
    const row = data[0] as { status: string; products: { variants: { id: string }[] }[] }
    if (row.status !== "active") {
      continue
    }
    const facts = await loadCartVariantFacts(container, row.products.flatMap((p) => p.variants.map((v) => v.id)))
    const fit = [...facts.values()].find((f) => f.purchasable && f.minorPurchasable && f.available >= 20 && (f.maxOrder === null || f.maxOrder >= 5))
    if (fit) {
      result.push({ variantId: fit.variantId, sellerId, sellerKey: seller.key })
    }
  }
  expect(result).toHaveLength(count)
  return result
}

export type ExpectedPurchase = {
  total: number
  itemsTotal: number
  deliveryTotal: number
  sellers: { sellerId: string; itemsTotal: number; deliveryFee: number }[]
}

/**
 * What a purchase costs: per seller, its lines at their price, its delivery fee (free from the
 * threshold on) and, to an island postal code, its 제주·도서산간 surcharge.
 */
export async function expectedPurchase(
  container: MedusaContainer,
  regionId: string,
  lines: PurchaseLine[],
  island = false
): Promise<ExpectedPurchase> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "calculated_price.calculated_amount", "product.seller.id", "product.seller.delivery_policy.*"],
    filters: { id: lines.map((l) => l.variantId) },
    context: { calculated_price: QueryContext({ currency_code: "krw", region_id: regionId }) },
  })
  type Policy = { delivery_cost: number; free_delivery_threshold: number | null; jeju_mountain_extra_cost: number }
  type Row = { id: string; calculated_price: { calculated_amount: number }; product: { seller: { id: string; delivery_policy: Policy } } }
  const bySeller = new Map<string, { subtotal: number; policy: Policy }>()
  for (const line of lines) {
    const row = (data as unknown as Row[]).find((r) => r.id === line.variantId)!
    const entry = bySeller.get(row.product.seller.id) ?? { subtotal: 0, policy: row.product.seller.delivery_policy }
    entry.subtotal += Number(row.calculated_price.calculated_amount) * line.amount
    bySeller.set(row.product.seller.id, entry)
  }
  const sellers = [...bySeller].map(([sellerId, { subtotal, policy }]) => {
    const threshold = policy.free_delivery_threshold === null ? null : Number(policy.free_delivery_threshold)
    const fee = threshold !== null && subtotal >= threshold ? 0 : Number(policy.delivery_cost)
    return { sellerId, itemsTotal: subtotal, deliveryFee: fee + (island ? Number(policy.jeju_mountain_extra_cost) : 0) }
  })
  const itemsTotal = sellers.reduce((sum, s) => sum + s.itemsTotal, 0)
  const deliveryTotal = sellers.reduce((sum, s) => sum + s.deliveryFee, 0)
  return { total: itemsTotal + deliveryTotal, itemsTotal, deliveryTotal, sellers }
}
