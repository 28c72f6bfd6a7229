import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCatalogItemsWorkflow } from "../workflows/catalog/workflows/refresh-catalog-items"

const EVERY_MINUTES = 5

/**
 * A sale period opens or closes with no event: every few minutes, refresh the products whose
 * period started or ended since the last run (with one run of overlap).
 */
export default async function refreshCatalogSalePeriods(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const since = new Date(now.getTime() - 2 * EVERY_MINUTES * 60 * 1000)
  const window = { $gte: since, $lte: now }
  const { data } = await query.graph({
    entity: "seller_product_detail",
    fields: ["product.id"],
    filters: { $or: [{ sell_start_date: window }, { sell_end_date: window }] },
  })
  const productIds = data.flatMap((detail) => (detail.product?.id ? [detail.product.id] : []))
  if (productIds.length) {
    await refreshCatalogItemsWorkflow(container).run({ input: { productIds } })
  }
}

export const config = {
  name: "refresh-catalog-sale-periods",
  schedule: `*/${EVERY_MINUTES} * * * *`,
}
