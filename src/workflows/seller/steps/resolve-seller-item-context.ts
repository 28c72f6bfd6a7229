import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TAX_FREE_PRODUCT_TYPE } from "../../../scripts/seed/store"

export type SellerItemContext = {
  sales_channel_id: string
  stock_location_id: string
  shipping_profile_id: string
  tax_free_type_id: string | null
}

export const resolveSellerItemContextStepId = "resolve-seller-item-context"

/**
 * Where a seller's item is sold and stocked: the store's default sales channel and stock
 * location, the default shipping profile, and the 면세상품 product type (0% VAT) for tax-free
 * items. Reads only.
 */
export const resolveSellerItemContextStep = createStep(
  resolveSellerItemContextStepId,
  async (_: void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const productModule = container.resolve(Modules.PRODUCT)

    const { data: stores } = await query.graph({
      entity: "store",
      fields: ["default_sales_channel_id", "default_location_id"],
    })
    const store = stores[0]
    const [profile] = await fulfillment.listShippingProfiles({ type: "default" }, { select: ["id"] })
    if (!store?.default_sales_channel_id || !store.default_location_id || !profile) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The store has no default sales channel, stock location or shipping profile"
      )
    }
    const [taxFreeType] = await productModule.listProductTypes({ value: TAX_FREE_PRODUCT_TYPE }, { select: ["id"] })
    const context: SellerItemContext = {
      sales_channel_id: store.default_sales_channel_id,
      stock_location_id: store.default_location_id,
      shipping_profile_id: profile.id,
      tax_free_type_id: taxFreeType?.id ?? null,
    }
    return new StepResponse(context)
  }
)
