import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"

// An order item's quantity lives on its detail row; query.graph only fills it from there.
type ItemRow = { product_id?: string | null; detail?: { quantity?: number | string } | null } | null

/**
 * An order was placed: its units count toward its products' 30-day sales at once. A redelivered
 * event could count twice; the nightly recount (jobs/recount-best-sellers) puts that right.
 */
export default async function catalogOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["items.product_id", "items.detail.quantity"],
    filters: { id: event.data.id },
  })
  const counts: Record<string, number> = {}
  for (const item of (data[0]?.items ?? []) as ItemRow[]) {
    if (item?.product_id) {
      counts[item.product_id] = (counts[item.product_id] ?? 0) + Number(item.detail?.quantity ?? 0)
    }
  }
  await container.resolve<CatalogModuleService>(CATALOG_MODULE).addUnitsSold(counts)
}

export const config: SubscriberConfig = { event: "order.placed" }
