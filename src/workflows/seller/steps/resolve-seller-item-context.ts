import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TAX_FREE_PRODUCT_TYPE } from "../../../scripts/seed/store"
import { findMarketplaceShippingProfileId, MARKETPLACE_SHIPPING_PROFILE_NAME } from "../../shipping/utils/marketplace-shipping-profile"

export type SellerItemContext = {
  sales_channel_id: string
  stock_location_id: string
  shipping_profile_id: string
  tax_free_type_id: string | null
}

export const resolveSellerItemContextStepId = "resolve-seller-item-context"

/**
 * Where a seller's item is sold and stocked: the store's default sales channel and stock
 * location, the marketplace shipping profile (by identity: Medusa's own empty "Default Shipping
 * Profile" is also of type default, and an item on it can never be shipped), and the 면세상품
 * product type (0% VAT) for tax-free items. Reads only.
 */
export const resolveSellerItemContextStep = createStep(
  resolveSellerItemContextStepId,
  async (_: void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const productModule = container.resolve(Modules.PRODUCT)

    const { data: stores } = await query.graph({
      entity: "store",
      fields: ["default_sales_channel_id", "default_location_id"],
    })
    const store = stores[0]
    const profileId = await findMarketplaceShippingProfileId(container)
    if (!store?.default_sales_channel_id || !store.default_location_id || !profileId) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `The store has no default sales channel, stock location or shipping profile "${MARKETPLACE_SHIPPING_PROFILE_NAME}"`
      )
    }
    const [taxFreeType] = await productModule.listProductTypes({ value: TAX_FREE_PRODUCT_TYPE }, { select: ["id"] })
    const context: SellerItemContext = {
      sales_channel_id: store.default_sales_channel_id,
      stock_location_id: store.default_location_id,
      shipping_profile_id: profileId,
      tax_free_type_id: taxFreeType?.id ?? null,
    }
    return new StepResponse(context)
  }
)
