import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { won, wonOrNull } from "../../../utils/money"
import { deliveryFee, parcelCharge } from "../../../../workflows/order/utils/delivery-fee"
import { isIslandPostalCode } from "../../../../workflows/order/utils/island"

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
  /** What the order saga charges for this seller's parcel: the fee (0 from the threshold on) plus the island surcharge. */
  deliveryFee: number
  /** 제주·도서산간 surcharge included in `deliveryFee` (0 without an island postal code). */
  islandSurcharge: number
  /** Subtotal from which this seller ships for free; null: never free. */
  freeDeliveryThreshold: number | null
}

export type CartView = {
  cartId: string
  /** Only for guests: the token to send back as `x-cart-token` (also set as a cookie). */
  cartToken?: string
  /** Where the fees are computed for: the postal code asked for, else the member's default address. */
  delivery: { zipCode: string | null; isIsland: boolean }
  groups: CartSellerGroup[]
  /** `total` is the amount `POST /api/v1/order` expects for this cart shipped to `delivery.zipCode`. */
  totals: { itemsTotal: number; deliveryTotal: number; total: number }
}

export type CartDelivery = { zipCode?: string | null }

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
    delivery_policy?: {
      delivery_cost: number
      free_delivery_threshold: number | null
      jeju_mountain_extra_cost: number | null
    } | null
  } | null
}

/**
 * The cart grouped by seller (in the order the shopper first added them), with fees and totals
 * computed as the order saga computes them (same fee rule, same island postal codes), so the
 * total shown is the amount to pay for an order shipped to `delivery.zipCode`.
 */
export async function cartView(scope: MedusaContainer, cartId: string, delivery: CartDelivery = {}): Promise<CartView> {
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
        "seller.delivery_policy.jeju_mountain_extra_cost",
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
        islandSurcharge: 0,
        freeDeliveryThreshold: wonOrNull(seller?.delivery_policy?.free_delivery_threshold),
      }
      groups.set(key, group)
    }
    const unitPrice = won(item.unit_price)
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
      subtotal: won(unitPrice * quantity),
    })
    group.subtotal = won(group.subtotal + unitPrice * quantity)
  }
  const zipCode = delivery.zipCode ?? null
  const isIsland = !!zipCode && isIslandPostalCode(zipCode)
  for (const [key, group] of groups) {
    const policy = key ? sellers.get(group.items[0].productId ?? "")?.delivery_policy : null
    if (policy) {
      // The order saga's own rule (and 고팡 택배's, the store API's shipping option).
      const charge = parcelCharge(
        group.subtotal,
        {
          delivery_cost: won(policy.delivery_cost),
          free_delivery_threshold: group.freeDeliveryThreshold,
          jeju_mountain_extra_cost: won(policy.jeju_mountain_extra_cost),
        },
        isIsland
      )
      group.islandSurcharge = won(charge.island_surcharge)
      group.deliveryFee = won(charge.delivery_fee)
    }
  }

  const list = [...groups.values()]
  const itemsTotal = list.reduce((sum, group) => sum + group.subtotal, 0)
  const deliveryTotal = list.reduce((sum, group) => sum + group.deliveryFee, 0)
  return {
    cartId,
    delivery: { zipCode, isIsland },
    groups: list,
    totals: { itemsTotal: won(itemsTotal), deliveryTotal: won(deliveryTotal), total: won(itemsTotal + deliveryTotal) },
  }
}
