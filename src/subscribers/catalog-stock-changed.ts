import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCatalogItemsWorkflow } from "../workflows/catalog/workflows/refresh-catalog-items"

/** Stock moved at a location: the products behind that inventory item may have sold out or returned. */
export default async function catalogStockChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item.variants.product_id"],
    filters: { id: event.data.id },
    withDeleted: true,
  })
  const productIds = [
    ...new Set(
      levels.flatMap((level) =>
        (level.inventory_item?.variants ?? []).flatMap((variant: { product_id?: string | null } | null) =>
          variant?.product_id ? [variant.product_id] : []
        )
      )
    ),
  ]
  if (productIds.length) {
    await refreshCatalogItemsWorkflow(container).run({ input: { productIds } })
  }
}

export const config: SubscriberConfig = {
  event: ["inventory-level.created", "inventory-level.updated", "inventory-level.deleted"],
}
