import type { IProductModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export type SetSellerProductsVisibilityStepInput = {
  seller_id: string
  visible: boolean
}

type Changed = { product_ids: string[]; detail_ids: string[] }

export const setSellerProductsVisibilityStepId = "set-seller-products-visibility"

type SellerProductRow = {
  id: string
  status: string
  seller_product_detail?: { id: string; hidden_by_seller_status: boolean } | null
}

async function apply(container: { resolve: <T>(key: string) => T }, changed: Changed, visible: boolean) {
  const productModule = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
  if (changed.product_ids.length) {
    await productModule.updateProducts(
      { id: changed.product_ids },
      { status: visible ? ProductStatus.PUBLISHED : ProductStatus.DRAFT }
    )
  }
  if (changed.detail_ids.length) {
    await sellerModule.updateSellerProductDetails(
      changed.detail_ids.map((id) => ({ id, hidden_by_seller_status: !visible }))
    )
  }
}

/**
 * Hides a suspended or closed seller's products from every storefront by unpublishing them
 * (the store API and the catalogue list published products only; Medusa skips the sales
 * channel filter when a store has a single channel, so leaving the channel would not hide
 * them). Each hidden product's detail record is marked, so reinstatement publishes exactly
 * those again and not a product an operator had unpublished on purpose.
 */
export const setSellerProductsVisibilityStep = createStep(
  setSellerProductsVisibilityStepId,
  async (input: SetSellerProductsVisibilityStepInput, { container }) => {
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
    const changed: Changed = {
      product_ids: targets.map((product) => product.id),
      detail_ids: targets
        .map((product) => product.seller_product_detail?.id)
        .filter((id): id is string => !!id),
    }
    await apply(container, changed, input.visible)
    return new StepResponse({ changed: changed.product_ids.length }, { ...changed, visible: input.visible })
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    await apply(container, snapshot, !snapshot.visible)
  }
)
