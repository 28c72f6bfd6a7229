import { wonOrNull } from "../../../../utils/money"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../../../../modules/catalog"
import type CatalogModuleService from "../../../../../modules/catalog/service"
import {
  variantAvailable,
  variantFactFields,
  variantPrice,
  type VariantFacts,
} from "../../../../../modules/catalog/utils/variant-facts"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { categoryPath, loadCategoryTree } from "../../categories/category-tree"

export type ItemDetail = {
  itemId: string
  handle: string
  name: string
  subtitle: string | null
  description: string | null
  images: string[]
  material: string | null
  originCountry: string | null
  weight: number | null
  taxFree: boolean
  options: { title: string; values: string[] }[]
  variants: { variantId: string; title: string; sku: string | null; options: Record<string, string>; price: number | null; inStock: boolean }[]
  price: number | null
  categoryPath: { categoryId: string; name: string }[]
  seller: { id: string; name: string | null } | null
  rating: { average: number; count: number }
  freeShipping: boolean
}

type VariantRow = VariantFacts & {
  id: string
  title: string
  sku: string | null
  options: { value: string; option: { title: string } | null }[] | null
}

/** GET /api/v1/items/{itemId} — one purchasable product with its variants, stock and category path. */
export const GET = async (req: MedusaRequest, res: ApiV1Response<ItemDetail>) => {
  const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE)
  const [card] = await catalog.listCatalogItems({ product_id: req.params.itemId, purchasable: true })
  if (!card) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품 ${req.params.itemId}을(를) 찾을 수 없습니다.`)
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "subtitle",
      "description",
      "thumbnail",
      "images.url",
      "material",
      "origin_country",
      "weight",
      "metadata",
      "options.title",
      "options.values.value",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.options.value",
      "variants.options.option.title",
      ...variantFactFields(),
    ],
    filters: { id: card.product_id },
  })

  const roots = await loadCategoryTree(req.scope)
  const variants = ((product.variants ?? []) as unknown as VariantRow[]).map((variant) => ({
    variantId: variant.id,
    title: variant.title,
    sku: variant.sku,
    options: Object.fromEntries((variant.options ?? []).map((o) => [o.option?.title ?? "", o.value])),
    price: wonOrNull(variantPrice(variant, card.currency_code)),
    inStock: variantAvailable(variant) > 0,
  }))

  sendOk(res, {
    itemId: product.id,
    handle: product.handle,
    name: product.title,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    images: [product.thumbnail, ...(product.images ?? []).map((image: { url: string } | null) => image?.url)].filter(
      (url): url is string => !!url
    ),
    material: product.material ?? null,
    originCountry: product.origin_country ?? null,
    weight: product.weight === null || product.weight === undefined ? null : Number(product.weight),
    taxFree: (product.metadata as Record<string, unknown> | null)?.tax_free === true,
    options: (product.options ?? []).map((option: { title: string; values: { value: string }[] | null } | null) => ({
      title: option?.title ?? "",
      values: (option?.values ?? []).map((value) => value.value),
    })),
    variants,
    price: wonOrNull(card.min_price),
    categoryPath: card.category_ids.length
      ? categoryPath(roots, card.category_ids[0]).map((node) => ({ categoryId: node.categoryId, name: node.name }))
      : [],
    seller: card.seller_id ? { id: card.seller_id, name: card.seller_name } : null,
    rating: { average: Math.round(card.rating_avg * 10) / 10, count: card.review_count },
    freeShipping: card.free_shipping,
  })
}
