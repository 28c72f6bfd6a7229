import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../../modules/catalog"
import CatalogModuleService, { CATALOG_FACT_COLUMNS, type CatalogItemFacts } from "../../../modules/catalog/service"
import type { BuiltCatalogItems } from "./build-catalog-items"

export const upsertCatalogItemsStepId = "upsert-catalog-items"

type CompensationInput = { newProductIds: string[]; removedIds: string[]; previous: CatalogItemFacts[] }

/**
 * Writes the product-derived columns of catalogue rows and soft-deletes rows of deleted products.
 * The compensation puts back exactly the previous rows.
 */
export const upsertCatalogItemsStep = createStep(
  upsertCatalogItemsStepId,
  async ({ items, goneProductIds }: BuiltCatalogItems, { container }) => {
    const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
    const productIds = items.map((item) => item.product_id)
    const previous = productIds.length
      ? ((await catalog.listCatalogItems(
          { product_id: productIds },
          { select: CATALOG_FACT_COLUMNS, take: null }
        )) as unknown as CatalogItemFacts[])
      : []
    await catalog.upsertCatalogFacts(items)
    const removedIds = await catalog.removeCatalogProducts(goneProductIds)

    const known = new Set(previous.map((row) => row.product_id))
    return new StepResponse<{ written: number; removed: number }, CompensationInput>(
      { written: items.length, removed: removedIds.length },
      { newProductIds: productIds.filter((id) => !known.has(id)), removedIds, previous }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
    if (compensation.newProductIds.length) {
      const created = await catalog.listCatalogItems({ product_id: compensation.newProductIds }, { select: ["id"] })
      await catalog.deleteCatalogItems(created.map((row) => row.id))
    }
    if (compensation.removedIds.length) {
      await catalog.restoreCatalogItems(compensation.removedIds)
    }
    await catalog.upsertCatalogFacts(compensation.previous)
  }
)
