import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  type UpdateProductWorkflowInput,
} from "@medusajs/medusa/core-flows"
import { TaxType } from "../../../modules/seller/types"
import { SellerItemEvents } from "../events"
import { assertItemHandleAvailableStep } from "../steps/assert-item-handle-available"
import { assertSellerCanSellStep } from "../steps/assert-seller-can-sell"
import { findSellerItemStep, type SellerItemRef } from "../steps/find-seller-item"
import { resolveSellerItemContextStep } from "../steps/resolve-seller-item-context"
import { updateSellerProductDetailStep } from "../steps/update-seller-product-detail"
import type { SellerItemUpdate } from "../types"
import { pickDetail } from "./create-seller-item"

export type UpdateSellerItemWorkflowInput = { seller_id: string; product_id: string; update: SellerItemUpdate }

export const updateSellerItemWorkflowId = "update-seller-item"

export const validateSellerItemVariantsStepId = "validate-seller-item-variants"

/** Every variant an update names must be one of the item's own variants. */
const validateSellerItemVariantsStep = createStep(
  validateSellerItemVariantsStepId,
  async (input: { item: SellerItemRef; update: SellerItemUpdate }) => {
    const known = new Set(input.item.variants.map((variant) => variant.id))
    const unknown = (input.update.variants ?? []).filter((variant) => !known.has(variant.id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `variants: 이 상품의 옵션이 아닙니다 (${unknown.map((variant) => variant.id).join(", ")}).`
      )
    }
    return new StepResponse(true)
  }
)

/**
 * 판매자 상품 수정: product fields, prices and stock per variant, and the detail record, each
 * through the workflow that owns it (so each is compensated). Options and the set of variants
 * are fixed after creation.
 */
export const updateSellerItemWorkflow = createWorkflow(
  updateSellerItemWorkflowId,
  (input: UpdateSellerItemWorkflowInput) => {
    assertSellerCanSellStep({ seller_id: input.seller_id })
    const item = findSellerItemStep({ seller_id: input.seller_id, product_id: input.product_id })
    validateSellerItemVariantsStep({ item, update: input.update })
    assertItemHandleAvailableStep(
      transform({ input }, ({ input }) => ({ handle: input.update.handle, product_id: input.product_id }))
    )
    const context = resolveSellerItemContextStep()

    const plan = transform({ input, item, context }, ({ input, item, context }) => {
      const { update } = input
      const product: Record<string, unknown> = {}
      // The handle changes only when the seller changes it: links to the item survive a new title.
      if (update.title_name !== undefined) product.title = update.title_name
      if (update.handle !== undefined) product.handle = update.handle
      if (update.subtitle !== undefined) product.subtitle = update.subtitle
      if (update.description !== undefined) product.description = update.description
      if (update.thumbnail !== undefined) product.thumbnail = update.thumbnail
      if (update.category_ids !== undefined) product.category_ids = update.category_ids
      if (update.material !== undefined) product.material = update.material
      if (update.tax !== undefined) {
        product.type_id = update.tax === TaxType.TAX_FREE ? context.tax_free_type_id : null
      }
      const inventoryByVariant = new Map(item.variants.map((variant) => [variant.id, variant.inventory_item_id]))
      const variants = update.variants ?? []
      return {
        product: Object.keys(product).length
          ? ({ selector: { id: item.product_id }, update: product } as UpdateProductWorkflowInput)
          : null,
        prices: variants
          .filter((variant) => variant.price !== undefined)
          .map((variant) => ({ id: variant.id, prices: [{ currency_code: "krw", amount: variant.price! }] })),
        stock: variants
          .filter((variant) => variant.stock !== undefined && inventoryByVariant.get(variant.id))
          .map((variant) => ({
            inventory_item_id: inventoryByVariant.get(variant.id)!,
            location_id: context.stock_location_id,
            stocked_quantity: variant.stock!,
          })),
        detail: pickDetail(update),
      }
    })

    when("seller-item-product-changes", { plan }, ({ plan }) => !!plan.product).then(() => {
      updateProductsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => plan.product!) })
    })
    when("seller-item-price-changes", { plan }, ({ plan }) => plan.prices.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ product_variants: plan.prices })),
      })
    })
    when("seller-item-stock-changes", { plan }, ({ plan }) => plan.stock.length > 0).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ updates: plan.stock })) })
    })
    when("seller-item-detail-changes", { item }, ({ item }) => !!item.detail_id).then(() => {
      updateSellerProductDetailStep(
        transform({ item, plan }, ({ item, plan }) => ({ id: item.detail_id!, update: plan.detail }))
      )
    })

    emitEventStep({
      eventName: SellerItemEvents.UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.product_id, seller_id: input.seller_id })),
    })
    return new WorkflowResponse({ id: input.product_id })
  }
)
