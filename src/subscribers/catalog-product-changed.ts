import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshCatalogItemsWorkflow } from "../workflows/catalog/workflows/refresh-catalog-items"

/** A product was created, edited or deleted: rebuild its catalogue row (or drop it). */
export default async function catalogProductChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await refreshCatalogItemsWorkflow(container).run({ input: { productIds: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted"],
}
