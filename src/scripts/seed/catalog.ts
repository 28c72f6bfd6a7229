import type { MedusaContainer, ProductCategoryDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { SEED_CATEGORIES, SEED_PRODUCTS, type SeedCategory, type SeedProduct } from "./catalog-data"
import type { StoreSetup } from "./store"

export type CatalogSetup = {
  categoryIdsByHandle: Record<string, string>
  productIdsByHandle: Record<string, string>
}

/** Creates the category tree level by level, skipping handles that already exist. */
async function seedCategories(container: MedusaContainer): Promise<Record<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const ids: Record<string, string> = {}

  const existing = await productModule.listProductCategories({}, { select: ["id", "handle"], take: null })
  existing.forEach((category: Pick<ProductCategoryDTO, "id" | "handle">) => {
    ids[category.handle] = category.id
  })

  let level: { category: SeedCategory; parentHandle?: string }[] = SEED_CATEGORIES.map((category) => ({
    category,
  }))
  let rank = 0
  while (level.length) {
    const missing = level.filter(({ category }) => !ids[category.handle])
    if (missing.length) {
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: missing.map(({ category, parentHandle }) => ({
            name: category.name,
            handle: category.handle,
            is_active: true,
            is_internal: false,
            rank: rank++,
            parent_category_id: parentHandle ? ids[parentHandle] : null,
          })),
        },
      })
      result.forEach((category) => {
        ids[category.handle] = category.id
      })
    }
    level = level.flatMap(({ category }) =>
      (category.children ?? []).map((child) => ({ category: child, parentHandle: category.handle }))
    )
  }
  return ids
}

function variantTitle(options: Record<string, string>) {
  return Object.values(options).join(" / ")
}

function variantSku(product: SeedProduct, index: number) {
  return `${product.handle}-${index + 1}`.toUpperCase()
}

/**
 * Products (published, KRW prices with VAT included) in the storefront's sales channel, then
 * their stock at the fulfilment centre. Products whose handle already exists are left alone.
 */
export async function seedCatalog(container: MedusaContainer, store: StoreSetup): Promise<CatalogSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)

  const categoryIdsByHandle = await seedCategories(container)

  const existing = await productModule.listProducts(
    { handle: SEED_PRODUCTS.map((product) => product.handle) },
    { select: ["id", "handle"], take: null }
  )
  const productIdsByHandle: Record<string, string> = Object.fromEntries(
    existing.map((product) => [product.handle, product.id])
  )
  const missing = SEED_PRODUCTS.filter((product) => !productIdsByHandle[product.handle])

  if (missing.length) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: missing.map((product) => ({
          title: product.title,
          subtitle: product.subtitle,
          handle: product.handle,
          description: product.description,
          status: ProductStatus.PUBLISHED,
          weight: product.weight,
          material: product.material,
          origin_country: product.origin_country,
          type_id: product.tax_free ? store.taxFreeTypeId : undefined,
          category_ids: [categoryIdsByHandle[product.category]],
          shipping_profile_id: store.shippingProfileId,
          sales_channels: [{ id: store.salesChannelId }],
          metadata: { seed_seller: product.seller, tax_free: product.tax_free ?? false },
          options: product.options.map((option) => ({ title: option.title, values: option.values })),
          variants: product.variants.map((variant, index) => ({
            title: variantTitle(variant.options),
            sku: variantSku(product, index),
            options: variant.options,
            manage_inventory: true,
            prices: [{ currency_code: "krw", amount: variant.price }],
          })),
        })),
      },
    })
    result.forEach((product) => {
      productIdsByHandle[product.handle] = product.id
    })

    const stockBySku = new Map(
      missing.flatMap((product) =>
        product.variants.map((variant, index) => [variantSku(product, index), variant.stock] as const)
      )
    )
    const { data: inventoryItems } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "sku"],
      filters: { sku: [...stockBySku.keys()] },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: inventoryItems.map((item) => ({
          inventory_item_id: item.id,
          location_id: store.stockLocationId,
          stocked_quantity: stockBySku.get(item.sku as string) ?? 0,
        })),
      },
    })
  }

  logger.info(
    `seed: ${Object.keys(categoryIdsByHandle).length} categories, ${SEED_PRODUCTS.length} products (${missing.length} new)`
  )
  return { categoryIdsByHandle, productIdsByHandle }
}
