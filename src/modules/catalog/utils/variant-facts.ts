/** What a catalogue needs of a product variant, as `query.graph` returns it. */
export type VariantFacts = {
  manage_inventory: boolean | null
  prices?: { amount: number | string; currency_code: string; price_list_id?: string | null }[] | null
  inventory_items?:
    | { inventory?: { location_levels?: { stocked_quantity: number | string; reserved_quantity: number | string }[] | null } | null }[]
    | null
}

/** The `query.graph` fields that fill a VariantFacts under the given relation path. */
export function variantFactFields(path = "variants"): string[] {
  return [
    `${path}.manage_inventory`,
    `${path}.prices.amount`,
    `${path}.prices.currency_code`,
    `${path}.prices.price_list_id`,
    `${path}.inventory_items.inventory.location_levels.stocked_quantity`,
    `${path}.inventory_items.inventory.location_levels.reserved_quantity`,
  ]
}

/** The variant's base price in the currency (price-list prices are sales, not the list price). */
export function variantPrice(variant: VariantFacts, currency: string): number | null {
  const amounts = (variant.prices ?? [])
    .filter((price) => price.currency_code === currency && !price.price_list_id)
    .map((price) => Number(price.amount))
  return amounts.length ? Math.min(...amounts) : null
}

/** Units that can still be sold across all locations; Infinity when stock is not managed. */
export function variantAvailable(variant: VariantFacts): number {
  if (variant.manage_inventory === false) {
    return Infinity
  }
  return (variant.inventory_items ?? []).reduce(
    (sum, item) =>
      sum +
      (item.inventory?.location_levels ?? []).reduce(
        (levelSum, level) => levelSum + Number(level.stocked_quantity) - Number(level.reserved_quantity),
        0
      ),
    0
  )
}
