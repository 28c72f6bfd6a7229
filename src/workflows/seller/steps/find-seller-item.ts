import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import SellerProductLink from "../../../links/seller-product"

export type SellerItemRef = {
  product_id: string
  detail_id: string | null
  variants: { id: string; inventory_item_id: string | null }[]
}

export const findSellerItemStepId = "find-seller-item"

/**
 * The seller's own item, found through the seller-product link. Another seller's product and a
 * product that does not exist answer the same 404, so ids cannot be probed.
 */
export const findSellerItemStep = createStep(
  findSellerItemStepId,
  async (input: { seller_id: string; product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: SellerProductLink.entryPoint,
      fields: [
        "product_id",
        "product.id",
        "product.seller_product_detail.id",
        "product.variants.id",
        "product.variants.inventory_items.inventory_item_id",
      ],
      filters: { seller_id: input.seller_id, product_id: input.product_id },
    })
    const product = data[0]?.product
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품(${input.product_id})을 찾을 수 없습니다.`)
    }
    const ref: SellerItemRef = {
      product_id: product.id,
      detail_id: product.seller_product_detail?.id ?? null,
      variants: (product.variants ?? []).map((variant: { id: string; inventory_items?: { inventory_item_id: string }[] }) => ({
        id: variant.id,
        inventory_item_id: variant.inventory_items?.[0]?.inventory_item_id ?? null,
      })),
    }
    return new StepResponse(ref)
  }
)
