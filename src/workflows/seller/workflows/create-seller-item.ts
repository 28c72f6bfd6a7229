import type { CreateProductWorkflowInputDTO, LinkDefinition } from "@medusajs/framework/types"
import { generateEntityId, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE, sanitizeDetailHtml } from "../../../modules/seller"
import { TaxType } from "../../../modules/seller/types"
import { SellerItemEvents } from "../events"
import { assertItemHandleAvailableStep } from "../steps/assert-item-handle-available"
import { assertSellerCanSellStep } from "../steps/assert-seller-can-sell"
import { createSellerProductDetailStep } from "../steps/create-seller-product-detail"
import { resolveSellerItemContextStep } from "../steps/resolve-seller-item-context"
import type { SellerItemInput, SellerProductDetailInput } from "../types"
import { newItemHandle } from "../utils/item-handle"

export type CreateSellerItemWorkflowInput = { seller_id: string; item: SellerItemInput }

export const createSellerItemWorkflowId = "create-seller-item"

const DETAIL_FIELDS: (keyof SellerProductDetailInput)[] = [
  "item_label",
  "state",
  "sell_start_date",
  "sell_end_date",
  "parallel_import",
  "minor_purchasable",
  "max_order",
  "tax",
  "material",
  "color",
  "size",
  "maker",
  "manufacturer_item_name",
  "warning",
  "quality_assurance",
  "as_info",
  "detail_html",
  "file_key",
  "file_path",
  "original_file_name",
  "file_size",
]

/** The detail fields the caller set; a detail page (HTML) is stored only sanitized. */
export function pickDetail<T extends Partial<SellerProductDetailInput>>(item: T): Partial<SellerProductDetailInput> {
  const detail: Partial<SellerProductDetailInput> = Object.fromEntries(
    DETAIL_FIELDS.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])
  )
  if (typeof detail.detail_html === "string") {
    detail.detail_html = sanitizeDetailHtml(detail.detail_html)
  }
  return detail
}

/**
 * 판매자 상품 등록: a published Medusa product (options, variants with KRW prices, categories,
 * the store's sales channel, the marketplace shipping profile, an ASCII handle) with stock at the store's stock location, linked to its seller and
 * to its detail record. Every step compensates, so a failure at any point — inventory
 * included — leaves no product, detail, link or inventory item behind.
 */
export const createSellerItemWorkflow = createWorkflow(
  createSellerItemWorkflowId,
  (input: CreateSellerItemWorkflowInput) => {
    assertSellerCanSellStep({ seller_id: input.seller_id })
    assertItemHandleAvailableStep(transform({ input }, ({ input }) => ({ handle: input.item.handle })))
    const context = resolveSellerItemContextStep()

    const prepared = transform({ input, context }, ({ input, context }) => {
      const { item } = input
      const variants = item.variants.map((variant) => ({
        ...variant,
        sku: variant.sku ?? generateEntityId(undefined, "GP").toUpperCase(),
      }))
      const product: CreateProductWorkflowInputDTO = {
        title: item.title_name,
        // ASCII, like the seeded products' handles: Medusa's own would keep the Korean title.
        handle: item.handle ?? newItemHandle(item.title_name),
        subtitle: item.subtitle ?? undefined,
        description: item.description ?? undefined,
        thumbnail: item.thumbnail ?? undefined,
        images: item.images,
        status: ProductStatus.PUBLISHED,
        category_ids: item.category_ids,
        shipping_profile_id: context.shipping_profile_id,
        sales_channels: [{ id: context.sales_channel_id }],
        type_id: item.tax === TaxType.TAX_FREE && context.tax_free_type_id ? context.tax_free_type_id : undefined,
        material: item.material ?? undefined,
        options: item.options,
        variants: variants.map((variant) => ({
          title: variant.title ?? Object.values(variant.options).join(" / "),
          sku: variant.sku,
          options: variant.options,
          manage_inventory: true,
          prices: [{ currency_code: "krw", amount: variant.price }],
        })),
      }
      const stockBySku = Object.fromEntries(variants.map((variant) => [variant.sku, variant.stock]))
      return { product, stockBySku, detail: pickDetail(item) as SellerProductDetailInput }
    })

    const products = createProductsWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({ products: [prepared.product] })),
    })
    const productId = transform({ products }, ({ products }) => products[0].id)

    const detail = createSellerProductDetailStep(prepared.detail)

    createRemoteLinkStep(
      transform({ input, productId, detail }, ({ input, productId, detail }): LinkDefinition[] => [
        { [SELLER_MODULE]: { seller_id: input.seller_id }, [Modules.PRODUCT]: { product_id: productId } },
        { [Modules.PRODUCT]: { product_id: productId }, [SELLER_MODULE]: { seller_product_detail_id: detail.id } },
      ])
    )

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { product_id: productId },
    }).config({ name: "query-seller-item-variants" })

    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ variants, prepared, context }, ({ variants, prepared, context }) => ({
        inventory_levels: variants.flatMap((variant) =>
          (variant.inventory_items ?? []).map((link: { inventory_item_id: string } | null) => ({
            inventory_item_id: link!.inventory_item_id,
            location_id: context.stock_location_id,
            stocked_quantity: prepared.stockBySku[variant.sku as string] ?? 0,
          }))
        ),
      })),
    })

    emitEventStep({
      eventName: SellerItemEvents.CREATED,
      data: transform({ productId, input }, ({ productId, input }) => ({ id: productId, seller_id: input.seller_id })),
    })
    return new WorkflowResponse({ id: productId })
  }
)
