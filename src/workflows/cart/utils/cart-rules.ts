import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, OrderStatus } from "@medusajs/framework/utils"
import { purchasabilityOf, SellerStatus, type PurchasableDetail } from "../../../modules/seller"
import { variantAvailable, variantFactFields, type VariantFacts } from "../../../modules/catalog/utils/variant-facts"

/** What the cart rules need to know of a variant: its product's sale state, limits and stock. */
export type CartVariantFacts = {
  variantId: string
  productId: string
  productTitle: string
  /** Whether the product may be bought now (published, active seller, on sale, in its period). */
  purchasable: boolean
  minorPurchasable: boolean
  /** 1인당 최대 구매수량; null: no limit. */
  maxOrder: number | null
  /** Units that can still be sold; Infinity when stock is not managed. */
  available: number
}

type ProductRow = {
  id: string
  title: string
  status: string
  seller?: { status: string } | null
  seller_product_detail?: (PurchasableDetail & { max_order: number | null; minor_purchasable: boolean }) | null
  variants?: (VariantFacts & { id: string })[] | null
}

/** Loads the cart facts of the given variants; unknown variants are absent from the map. */
export async function loadCartVariantFacts(
  container: MedusaContainer,
  variantIds: string[],
  now: Date = new Date()
): Promise<Map<string, CartVariantFacts>> {
  const facts = new Map<string, CartVariantFacts>()
  if (!variantIds.length) {
    return facts
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
  })
  const productIds = [...new Set(variants.map((variant) => variant.product_id).filter((id): id is string => !!id))]
  if (!productIds.length) {
    return facts
  }
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "status",
      "seller.status",
      "seller_product_detail.state",
      "seller_product_detail.sell_start_date",
      "seller_product_detail.sell_end_date",
      "seller_product_detail.max_order",
      "seller_product_detail.minor_purchasable",
      "variants.id",
      ...variantFactFields(),
    ],
    filters: { id: productIds },
  })
  const wanted = new Set(variantIds)
  for (const product of data as unknown as ProductRow[]) {
    const detail = product.seller_product_detail
    const purchasable =
      product.status === "published" &&
      product.seller?.status === SellerStatus.ACTIVE &&
      !!detail &&
      purchasabilityOf(detail, now).purchasable
    for (const variant of product.variants ?? []) {
      if (!wanted.has(variant.id)) {
        continue
      }
      facts.set(variant.id, {
        variantId: variant.id,
        productId: product.id,
        productTitle: product.title,
        purchasable,
        minorPurchasable: detail?.minor_purchasable ?? true,
        maxOrder: detail?.max_order ?? null,
        available: variantAvailable(variant),
      })
    }
  }
  return facts
}

/**
 * Refuses a cart line the shopper may not have: the variant's quantity in the cart after the
 * change (`variantQuantity`) and the product's (all its variants, `productQuantity`).
 */
export function assertCartLineAllowed(
  facts: CartVariantFacts | undefined,
  line: { variantQuantity: number; productQuantity: number; isMinor: boolean }
): void {
  if (!facts) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "상품 옵션을 찾을 수 없습니다.")
  }
  if (!facts.purchasable) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `'${facts.productTitle}'은(는) 현재 판매 중인 상품이 아닙니다.`)
  }
  if (line.isMinor && !facts.minorPurchasable) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `'${facts.productTitle}'은(는) 미성년자가 구매할 수 없는 상품입니다.`
    )
  }
  if (facts.maxOrder !== null && line.productQuantity > facts.maxOrder) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `'${facts.productTitle}'은(는) 1인당 최대 ${facts.maxOrder}개까지 구매할 수 있습니다.`
    )
  }
  if (line.variantQuantity > facts.available) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `'${facts.productTitle}'의 재고가 부족합니다. (구매 가능 수량: ${Math.max(0, facts.available)}개)`
    )
  }
}

/**
 * The marketplace's sale rules over a whole purchase (units per variant): each line as
 * `assertCartLineAllowed` judges it, the per-person maximum counted over all variants of a
 * product. One copy for the order saga and Medusa's cart completion. Returns the facts it read
 * and the units per product, for the caller's next steps.
 */
export async function assertPurchaseAllowed(
  container: MedusaContainer,
  quantities: Map<string, number>,
  isMinor: boolean,
  customerId?: string
): Promise<{ facts: Map<string, CartVariantFacts>; perProduct: Map<string, number> }> {
  const facts = await loadCartVariantFacts(container, [...quantities.keys()])
  const perProduct = new Map<string, number>()
  for (const [variantId, quantity] of quantities) {
    const productId = facts.get(variantId)?.productId
    if (productId) {
      perProduct.set(productId, (perProduct.get(productId) ?? 0) + quantity)
    }
  }
  const limited = [...facts.values()].filter((fact) => fact.maxOrder !== null).map((fact) => fact.productId)
  const bought = customerId && limited.length ? await unitsBoughtBy(container, customerId, limited) : new Map<string, number>()
  for (const [variantId, quantity] of quantities) {
    const fact = facts.get(variantId)
    const already = bought.get(fact?.productId ?? "") ?? 0
    try {
      assertCartLineAllowed(fact, {
        variantQuantity: quantity,
        productQuantity: (perProduct.get(fact?.productId ?? "") ?? quantity) + already,
        isMinor,
      })
    } catch (error) {
      if (already && error instanceof MedusaError && error.type === MedusaError.Types.INVALID_DATA && fact?.maxOrder !== null) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `'${fact!.productTitle}'은(는) 1인당 최대 ${fact!.maxOrder}개까지 구매할 수 있습니다. (이미 주문한 수량: ${already}개)`
        )
      }
      throw error
    }
  }
  return { facts, perProduct }
}

/**
 * 1인당 최대 구매수량 is per person, not per order: the units of these products in the customer's
 * orders that were not cancelled count too.
 */
async function unitsBoughtBy(container: MedusaContainer, customerId: string, productIds: string[]): Promise<Map<string, number>> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    // An order line's quantity is on its detail (the order module's order_item).
    fields: ["id", "status", "items.product_id", "items.detail.quantity"],
    filters: { customer_id: customerId },
  })
  const wanted = new Set(productIds)
  const units = new Map<string, number>()
  for (const order of data) {
    if (order.status === OrderStatus.CANCELED) {
      continue
    }
    for (const item of order.items ?? []) {
      if (item?.product_id && wanted.has(item.product_id)) {
        units.set(item.product_id, (units.get(item.product_id) ?? 0) + Number(item.detail?.quantity ?? 0))
      }
    }
  }
  return units
}

/**
 * How many units of a variant may be kept, given what the cart already holds of its product:
 * the wish capped by stock and the per-person maximum (0 when the line may not be bought at all).
 */
export function cappedQuantity(
  facts: CartVariantFacts | undefined,
  wish: number,
  otherOfProduct: number,
  isMinor: boolean
): number {
  if (!facts || !facts.purchasable || (isMinor && !facts.minorPurchasable)) {
    return 0
  }
  let cap = Math.min(wish, facts.available)
  if (facts.maxOrder !== null) {
    cap = Math.min(cap, facts.maxOrder - otherOfProduct)
  }
  return Math.max(0, cap)
}
