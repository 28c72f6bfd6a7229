import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SellerItemEvents } from "../workflows/seller/events"
import { refreshCatalogItemsWorkflow } from "../workflows/catalog/workflows/refresh-catalog-items"

/** Sale state and period live on the seller's item detail, not the product: refresh on its changes. */
export default async function catalogSellerItemChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await refreshCatalogItemsWorkflow(container).run({ input: { productIds: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: [SellerItemEvents.CREATED, SellerItemEvents.UPDATED, SellerItemEvents.DELETED],
}
