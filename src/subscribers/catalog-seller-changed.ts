import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SellerEvents } from "../workflows/seller/events"
import { refreshCatalogItemsWorkflow } from "../workflows/catalog/workflows/refresh-catalog-items"

/** A seller's name, status or delivery policy shows on every card of its products. */
export default async function catalogSellerChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields: ["products.id"], filters: { id: event.data.id } })
  const productIds = (data[0]?.products ?? []).flatMap((product: { id: string } | null) => (product ? [product.id] : []))
  if (productIds.length) {
    await refreshCatalogItemsWorkflow(container).run({ input: { productIds } })
  }
}

export const config: SubscriberConfig = {
  event: [SellerEvents.UPDATED, SellerEvents.APPROVED, SellerEvents.SUSPENDED, SellerEvents.REINSTATED, SellerEvents.CLOSED],
}
