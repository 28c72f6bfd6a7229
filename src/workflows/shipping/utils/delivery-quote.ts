import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DeliveryQuote, SellerDeliveryQuote } from "../../../modules/delivery"
import { parcelCharge, type DeliveryPolicyFigures } from "../../order/utils/delivery-fee"
import { isIslandPostalCode } from "../../order/utils/island"

type QuoteProduct = { id: string; seller?: { id: string; delivery_policy?: DeliveryPolicyFigures | null } | null }

type QuoteLine = { product_id?: string | null; quantity: number | string; unit_price: number | string }
type QuoteSource = { shipping_address?: { postal_code?: string | null } | null; items?: (QuoteLine | null)[] | null }

/**
 * Delivery fees as the order saga charges them: lines grouped by seller, each seller's policy
 * applied to that seller's subtotal, the island surcharge by the postal code. Lines without a
 * seller ship with no fee (the saga refuses them anyway).
 */
async function quoteDelivery(container: MedusaContainer, source: QuoteSource | undefined): Promise<DeliveryQuote> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const items = (source?.items ?? []).filter((item): item is QuoteLine => !!item?.product_id)
  const productIds = [...new Set(items.map((item) => item.product_id!))]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "seller.id",
          "seller.delivery_policy.delivery_cost",
          "seller.delivery_policy.free_delivery_threshold",
          "seller.delivery_policy.jeju_mountain_extra_cost",
        ],
        filters: { id: productIds },
      })
    : { data: [] }
  const sellerOf = new Map((products as QuoteProduct[]).map((product) => [product.id, product.seller ?? null]))
  const postalCode = source?.shipping_address?.postal_code ?? null
  const isIsland = postalCode ? isIslandPostalCode(postalCode) : false

  const subtotals = new Map<string, { policy: DeliveryPolicyFigures | null; items_total: number }>()
  for (const item of items) {
    const seller = sellerOf.get(item.product_id!)
    if (!seller) {
      continue
    }
    const entry = subtotals.get(seller.id) ?? { policy: seller.delivery_policy ?? null, items_total: 0 }
    entry.items_total += Number(item.unit_price) * Number(item.quantity)
    subtotals.set(seller.id, entry)
  }
  const sellers: SellerDeliveryQuote[] = [...subtotals].map(([sellerId, { policy, items_total }]) => ({
    seller_id: sellerId,
    items_total,
    ...parcelCharge(items_total, policy, isIsland),
  }))
  return { postal_code: postalCode, total: sellers.reduce((sum, seller) => sum + seller.delivery_fee, 0), sellers }
}

const QUOTE_FIELDS = ["id", "shipping_address.postal_code", "items.product_id", "items.quantity", "items.unit_price"]

/** What a cart's parcels cost (the store API's 일반배송). */
export async function quoteCartDelivery(container: MedusaContainer, cartId: string): Promise<DeliveryQuote> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: QUOTE_FIELDS, filters: { id: cartId } })
  return quoteDelivery(container, data[0] as QuoteSource | undefined)
}

/**
 * What an order's parcels cost, for Medusa's order workflows that price 일반배송 (an exchange's
 * replacement shipment). Gopang's aftersales set their own amount over it.
 */
export async function quoteOrderDelivery(container: MedusaContainer, orderId: string): Promise<DeliveryQuote> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: QUOTE_FIELDS, filters: { id: orderId } })
  return quoteDelivery(container, data[0] as QuoteSource | undefined)
}
