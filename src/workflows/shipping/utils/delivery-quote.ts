import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DeliveryQuote, SellerDeliveryQuote } from "../../../modules/delivery"
import { parcelCharge, type DeliveryPolicyFigures } from "../../order/utils/delivery-fee"
import { isIslandPostalCode } from "../../order/utils/island"

type QuoteCart = {
  shipping_address?: { postal_code?: string | null } | null
  items?: ({ product_id?: string | null; quantity: number | string; unit_price: number | string } | null)[] | null
}

type QuoteProduct = { id: string; seller?: { id: string; delivery_policy?: DeliveryPolicyFigures | null } | null }

/**
 * A cart's delivery fees as the order saga will charge them: its lines grouped by seller, each
 * seller's policy applied to that seller's subtotal, the island surcharge by the cart's postal
 * code. Lines without a seller ship with no fee (the saga refuses them anyway).
 */
export async function quoteCartDelivery(container: MedusaContainer, cartId: string): Promise<DeliveryQuote> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "shipping_address.postal_code", "items.product_id", "items.quantity", "items.unit_price"],
    filters: { id: cartId },
  })
  const cart = carts[0] as QuoteCart | undefined
  const items = (cart?.items ?? []).filter((item): item is NonNullable<typeof item> => !!item?.product_id)
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
  const postalCode = cart?.shipping_address?.postal_code ?? null
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
