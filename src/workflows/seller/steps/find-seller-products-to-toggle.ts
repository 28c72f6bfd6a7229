import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FindSellerProductsToToggleStepInput = { seller_id: string; visible: boolean }

export type SellerProductsToToggle = { product_ids: string[]; detail_ids: string[] }

type SellerProductRow = {
  id: string
  status: string
  seller_product_detail?: { id: string; hidden_by_seller_status: boolean } | null
}

export const findSellerProductsToToggleStepId = "find-seller-products-to-toggle"

/**
 * The products a status change shows or hides: on hiding, the seller's published products; on
 * showing, exactly those an earlier suspension hid (their detail is marked), never a product an
 * operator unpublished on purpose. Reads only.
 */
export const findSellerProductsToToggleStep = createStep(
  findSellerProductsToToggleStepId,
  async (input: FindSellerProductsToToggleStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: sellers } = await query.graph({
      entity: "seller",
      fields: [
        "products.id",
        "products.status",
        "products.seller_product_detail.id",
        "products.seller_product_detail.hidden_by_seller_status",
      ],
      filters: { id: input.seller_id },
    })
    const products = ((sellers[0]?.products ?? []) as (SellerProductRow | null)[]).filter(
      (product): product is SellerProductRow => !!product
    )
    const targets = input.visible
      ? products.filter((product) => product.seller_product_detail?.hidden_by_seller_status)
      : products.filter((product) => product.status === ProductStatus.PUBLISHED)
    const result: SellerProductsToToggle = {
      product_ids: targets.map((product) => product.id),
      detail_ids: targets.map((product) => product.seller_product_detail?.id).filter((id): id is string => !!id),
    }
    return new StepResponse(result)
  }
)
