import { wonOrNull } from "../../../utils/money"
import type { CatalogCard } from "../../../../modules/catalog/service"

/** The product card shown in lists and on the home page. */
export type ItemCard = {
  itemId: string
  handle: string
  name: string
  price: number | null
  currency: string
  image: string | null
  inStock: boolean
  seller: { id: string; name: string | null } | null
  rating: { average: number; count: number }
  freeShipping: boolean
}

export function toItemCard(card: CatalogCard): ItemCard {
  return {
    itemId: card.product_id,
    handle: card.handle,
    name: card.title,
    price: wonOrNull(card.min_price),
    currency: card.currency_code,
    image: card.thumbnail,
    inStock: card.in_stock,
    seller: card.seller_id ? { id: card.seller_id, name: card.seller_name } : null,
    rating: { average: Math.round(card.rating_avg * 10) / 10, count: card.review_count },
    freeShipping: card.free_shipping,
  }
}
