import { SaleState } from "../types"

/** The fields of a seller product detail that decide whether it may be bought. */
export type PurchasableDetail = {
  state: SaleState | string
  sell_start_date?: Date | string | null
  sell_end_date?: Date | string | null
}

export type NotPurchasableReason = "not_on_sale" | "sold_out" | "before_sale_period" | "after_sale_period"

export type Purchasability = { purchasable: true } | { purchasable: false; reason: NotPurchasableReason }

/**
 * Whether a seller's item may go into a cart at `now`: on sale (판매중) and inside its sale
 * period. The period bounds are inclusive. Purchase limits (max_order, minor_purchasable) are
 * per shopper and checked by the cart, not here.
 */
export function purchasabilityOf(detail: PurchasableDetail, now: Date = new Date()): Purchasability {
  if (detail.state === SaleState.SOLD_OUT) {
    return { purchasable: false, reason: "sold_out" }
  }
  if (detail.state !== SaleState.ON_SALE) {
    return { purchasable: false, reason: "not_on_sale" }
  }
  if (detail.sell_start_date && now.getTime() < new Date(detail.sell_start_date).getTime()) {
    return { purchasable: false, reason: "before_sale_period" }
  }
  if (detail.sell_end_date && now.getTime() > new Date(detail.sell_end_date).getTime()) {
    return { purchasable: false, reason: "after_sale_period" }
  }
  return { purchasable: true }
}

export function isPurchasable(detail: PurchasableDetail, now: Date = new Date()): boolean {
  return purchasabilityOf(detail, now).purchasable
}
