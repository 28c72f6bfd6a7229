import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deliveryFee } from "../../../../workflows/order/utils/delivery-fee"

export { deliveryFee }

export type CartItemView = {
  itemId: string
  variantId: string | null
  productId: string | null
  name: string
  optionName: string | null
  thumbnail: string | null
  unitPrice: number
  quantity: number
  subtotal: number
}

export type CartSellerGroup = {
  seller: { id: string; name: string } | null
  items: CartItemView[]
  subtotal: number
  deliveryFee: number
  /** Subtotal from which this seller ships for free; null: never free. */
  freeDeliveryThreshold: number | null
}

export type CartView = {
  cartId: string
  /** Only for guests: the token to send back as `x-cart-token` (also set as a cookie). */
  cartToken?: string
  groups: CartSellerGroup[]
  totals: { itemsTotal: number; deliveryTotal: number; total: number }
}

type ItemRow = {
  id: string
  variant_id: string | null
  product_id: string | null
  title: string
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number | string
  unit_price: number | string
  created_at: Date | string
}

type SellerRow = {
  id: string
  seller?: {
    id: string
    name: string
    delivery_policy?: { delivery_cost: number; free_delivery_threshold: number | null } | null
  } | null
}

/** The cart grouped by seller (in the order the shopper first added them), with fees and totals. */
export async function cartView(scope: MedusaContainer, cartId: string): Promise<CartView> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.id",
      "items.variant_id",
      "items.product_id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.thumbnail",
      "items.quantity",
      "items.unit_price",
      "items.created_at",
    ],
    filters: { id: cartId },
  })
  const items = ((cart?.items ?? []) as unknown as (ItemRow | null)[])
    .filter((item): item is ItemRow => !!item)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))

  const productIds = [...new Set(items.map((item) => item.product_id).filter((id): id is string => !!id))]
  const sellers = new Map<string, SellerRow["seller"]>()
  if (productIds.length) {
    const { data } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "seller.id",
        "seller.name",
        "seller.delivery_policy.delivery_cost",
        "seller.delivery_policy.free_delivery_threshold",
      ],
      filters: { id: productIds },
    })
    for (const row of data as unknown as SellerRow[]) {
      sellers.set(row.id, row.seller ?? null)
    }
  }

  const groups = new Map<string, CartSellerGroup>()
  for (const item of items) {
    const seller = item.product_id ? sellers.get(item.product_id) : null
    const key = seller?.id ?? ""
    let group = groups.get(key)
    if (!group) {
      group = {
        seller: seller ? { id: seller.id, name: seller.name } : null,
        items: [],
        subtotal: 0,
        deliveryFee: 0,
        freeDeliveryThreshold: seller?.delivery_policy?.free_delivery_threshold ?? null,
      }
      groups.set(key, group)
    }
    const unitPrice = Number(item.unit_price)
    const quantity = Number(item.quantity)
    group.items.push({
      itemId: item.id,
      variantId: item.variant_id,
      productId: item.product_id,
      name: item.product_title ?? item.title,
      optionName: item.variant_title,
      thumbnail: item.thumbnail,
      unitPrice,
      quantity,
      subtotal: unitPrice * quantity,
    })
    group.subtotal += unitPrice * quantity
  }
  for (const [key, group] of groups) {
    const policy = key ? sellers.get(group.items[0].productId ?? "")?.delivery_policy : null
    group.deliveryFee = policy ? deliveryFee(group.subtotal, Number(policy.delivery_cost), group.freeDeliveryThreshold) : 0
  }

  const list = [...groups.values()]
  const itemsTotal = list.reduce((sum, group) => sum + group.subtotal, 0)
  const deliveryTotal = list.reduce((sum, group) => sum + group.deliveryFee, 0)
  return { cartId, groups: list, totals: { itemsTotal, deliveryTotal, total: itemsTotal + deliveryTotal } }
}
