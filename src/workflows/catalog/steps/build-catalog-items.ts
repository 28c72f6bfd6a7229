import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { compactSearchText, type CatalogItemFacts } from "../../../modules/catalog/service"
import { isPurchasable, SellerStatus, type PurchasableDetail } from "../../../modules/seller"
import {
  variantAvailable,
  variantFactFields,
  variantPrice,
  type VariantFacts,
} from "../../../modules/catalog/utils/variant-facts"

export type BuildCatalogItemsStepInput = { productIds?: string[] }

type SellerFacts = {
  id: string
  name: string
  status: string
  delivery_policy?: { delivery_cost: number | string } | null
}

export type BuiltCatalogItems = { items: CatalogItemFacts[]; goneProductIds: string[] }

export const buildCatalogItemsStepId = "build-catalog-items"

const CURRENCY = "krw"

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
        "seller.id",
        "seller.name",
        "seller.status",
        "seller.delivery_policy.delivery_cost",
        "seller_product_detail.state",
        "seller_product_detail.sell_start_date",
        "seller_product_detail.sell_end_date",
        ...variantFactFields(),
      ],
      filters: productIds ? { id: productIds } : {},
    })

    const now = new Date()
    const items: CatalogItemFacts[] = products.map((product) => {
      const seller = product.seller as SellerFacts | null | undefined
      const detail = product.seller_product_detail as PurchasableDetail | null | undefined
      const variants = (product.variants ?? []) as unknown as VariantFacts[]
      const prices = variants.map((variant) => variantPrice(variant, CURRENCY)).filter((p): p is number => p !== null)
      return {
        product_id: product.id,
        handle: product.handle,
        title: product.title,
        search_text: compactSearchText([product.title, product.subtitle].filter(Boolean).join(" ")),
        thumbnail: product.thumbnail ?? null,
        category_ids: (product.categories ?? []).flatMap((category: { id: string } | null) =>
          category ? [category.id] : []
        ),
        min_price: prices.length ? Math.min(...prices) : null,
        currency_code: CURRENCY,
        in_stock: variants.some((variant) => variantAvailable(variant) > 0),
        // A product nobody sells through Gopang's seller module is the platform's own (직매입).
        purchasable:
          product.status === ProductStatus.PUBLISHED &&
          (!seller || seller.status === SellerStatus.ACTIVE) &&
          (!detail || isPurchasable(detail, now)),
        seller_id: seller?.id ?? null,
        seller_name: seller?.name ?? null,
        free_shipping: !!seller?.delivery_policy && Number(seller.delivery_policy.delivery_cost) === 0,
        published_at: new Date(product.created_at as string | Date),
      }
    })
    const found = new Set(items.map((item) => item.product_id))
    const goneProductIds = (productIds ?? []).filter((id) => !found.has(id))
    return new StepResponse<BuiltCatalogItems>({ items, goneProductIds })
  }
)
