import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCatalogItemsWorkflow } from "../workflows/catalog/workflows/refresh-catalog-items"

/** Variant prices and options decide a card's price: refresh the variant's product. */
export default async function catalogVariantChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: event.data.id },
    withDeleted: true,
  })
  const productIds = data.flatMap((variant) => (variant.product_id ? [variant.product_id] : []))
  if (productIds.length) {
    await refreshCatalogItemsWorkflow(container).run({ input: { productIds } })
  }
}

export const config: SubscriberConfig = {
  event: ["product-variant.created", "product-variant.updated", "product-variant.deleted"],
}
