import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, OrderStatus } from "@medusajs/framework/utils"

export const BEST_SELLER_WINDOW_DAYS = 30

// An order item's quantity lives on its detail row; query.graph only fills it from there.
type OrderRow = {
  status: string
  items?: ({ product_id?: string | null; detail?: { quantity?: number | string } | null } | null)[] | null
}

/**
 * Units sold per product in orders placed during the last 30 days (cancelled orders excluded),
 * optionally only for the given products.
 */
export async function unitsSoldLast30Days(
  container: MedusaContainer,
  productIds?: string[],
  now = new Date()
): Promise<Record<string, number>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(now.getTime() - BEST_SELLER_WINDOW_DAYS * 24 * 3600 * 1000)
  const { data } = await query.graph({
    entity: "order",
    fields: ["status", "items.product_id", "items.detail.quantity"],
    filters: { created_at: { $gte: since } },
  })
  const wanted = productIds ? new Set(productIds) : undefined
  const counts: Record<string, number> = Object.fromEntries((productIds ?? []).map((id) => [id, 0]))
  for (const order of data as unknown as OrderRow[]) {
    if (order.status === OrderStatus.CANCELED) {
      continue
    }
    for (const item of order.items ?? []) {
      if (item?.product_id && (!wanted || wanted.has(item.product_id))) {
        counts[item.product_id] = (counts[item.product_id] ?? 0) + Number(item.detail?.quantity ?? 0)
      }
    }
  }
  return counts
}
