import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A line item the customer received: what a verified-purchase review can be written about. */
export type DeliveredLineItem = {
  order_id: string
  line_item_id: string
  product_id: string
  variant_id: string | null
  title: string
  variant_title: string | null
  thumbnail: string | null
  delivered_at: Date
}

export type PurchasedLineItem = Omit<DeliveredLineItem, "delivered_at"> & { delivered_at: Date | null }

type OrderFacts = {
  id: string
  status: string
  items?: ({
    id: string
    product_id?: string | null
    variant_id?: string | null
    title: string
    product_title?: string | null
    variant_title?: string | null
    thumbnail?: string | null
  } | null)[] | null
  fulfillments?: ({
    delivered_at?: Date | string | null
    canceled_at?: Date | string | null
    items?: ({ line_item_id?: string | null } | null)[] | null
  } | null)[] | null
}

/**
 * The customer's purchased line items with their delivery time, by the "delivered orders"
 * contract with the order saga: the order is the customer's and not canceled, and a fulfillment
 * (not canceled) holding the line item has `delivered_at`. Nothing else about orders is assumed.
 */
export async function listPurchasedLineItems(
  container: MedusaContainer,
  customerId: string
): Promise<PurchasedLineItem[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "items.id",
      "items.product_id",
      "items.variant_id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.thumbnail",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
      "fulfillments.items.line_item_id",
    ],
    filters: { customer_id: customerId },
  })
  const orders = data as unknown as OrderFacts[]
  return orders
    .filter((order) => order.status !== "canceled")
    .flatMap((order) => {
      const deliveredAt = new Map<string, Date>()
      for (const fulfillment of order.fulfillments ?? []) {
        if (!fulfillment?.delivered_at || fulfillment.canceled_at) {
          continue
        }
        const at = new Date(fulfillment.delivered_at)
        for (const item of fulfillment.items ?? []) {
          if (item?.line_item_id && !deliveredAt.has(item.line_item_id)) {
            deliveredAt.set(item.line_item_id, at)
          }
        }
      }
      return (order.items ?? []).flatMap((item) =>
        item?.product_id
          ? [
              {
                order_id: order.id,
                line_item_id: item.id,
                product_id: item.product_id,
                variant_id: item.variant_id ?? null,
                title: item.product_title ?? item.title,
                variant_title: item.variant_title ?? null,
                thumbnail: item.thumbnail ?? null,
                delivered_at: deliveredAt.get(item.id) ?? null,
              },
            ]
          : []
      )
    })
}
