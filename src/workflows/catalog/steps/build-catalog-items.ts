import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { compactSearchText, type CatalogItemFacts } from "../../../modules/catalog/service"

export type BuildCatalogItemsStepInput = { productIds?: string[] }

export type BuiltCatalogItems = { items: CatalogItemFacts[]; goneProductIds: string[] }

export const buildCatalogItemsStepId = "build-catalog-items"

const CURRENCY = "krw"

type VariantRow = {
  manage_inventory: boolean | null
  prices?: { amount: number | string; currency_code: string; price_list_id?: string | null }[] | null
  inventory_items?: {
    inventory?: { location_levels?: { stocked_quantity: number | string; reserved_quantity: number | string }[] | null } | null
  }[] | null
}

function minPrice(variants: VariantRow[]): number | null {
  const amounts = variants.flatMap((variant) =>
    (variant.prices ?? [])
      .filter((price) => price.currency_code === CURRENCY && !price.price_list_id)
      .map((price) => Number(price.amount))
  )
  return amounts.length ? Math.min(...amounts) : null
}

function inStock(variants: VariantRow[]): boolean {
  return variants.some((variant) => {
    if (variant.manage_inventory === false) {
      return true
    }
    return (variant.inventory_items ?? []).some((item) =>
      (item.inventory?.location_levels ?? []).some(
        (level) => Number(level.stocked_quantity) - Number(level.reserved_quantity) > 0
      )
    )
  })
}

/** Reads products (all, or the given ones) and derives their catalogue rows. Reads only. */
export const buildCatalogItemsStep = createStep(
  buildCatalogItemsStepId,
  async ({ productIds }: BuildCatalogItemsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "handle",
        "title",
        "subtitle",
        "thumbnail",
        "status",
        "created_at",
        "categories.id",
        "variants.manage_inventory",
        "variants.prices.amount",
        "variants.prices.currency_code",
        "variants.prices.price_list_id",
        "variants.inventory_items.inventory.location_levels.stocked_quantity",
        "variants.inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: productIds ? { id: productIds } : {},
    })

    const items: CatalogItemFacts[] = products.map((product) => {
      const variants = (product.variants ?? []) as unknown as VariantRow[]
      return {
        product_id: product.id,
        handle: product.handle,
        title: product.title,
        search_text: compactSearchText([product.title, product.subtitle].filter(Boolean).join(" ")),
        thumbnail: product.thumbnail ?? null,
        category_ids: (product.categories ?? []).flatMap((category: { id: string } | null) =>
          category ? [category.id] : []
        ),
        min_price: minPrice(variants),
        currency_code: CURRENCY,
        in_stock: inStock(variants),
        purchasable: product.status === ProductStatus.PUBLISHED,
        published_at: new Date(product.created_at as string | Date),
      }
    })
    const found = new Set(items.map((item) => item.product_id))
    const goneProductIds = (productIds ?? []).filter((id) => !found.has(id))
    return new StepResponse<BuiltCatalogItems>({ items, goneProductIds })
  }
)
