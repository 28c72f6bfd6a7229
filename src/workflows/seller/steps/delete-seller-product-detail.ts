import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export const deleteSellerProductDetailStepId = "delete-seller-product-detail"

/** Soft-deletes a product's detail record with its product (records are kept); restores on failure. */
export const deleteSellerProductDetailStep = createStep(
  deleteSellerProductDetailStepId,
  async (input: { id: string }, { container }) => {
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    await sellerModule.softDeleteSellerProductDetails([input.id])
    return new StepResponse(input.id, input.id)
  },
  async (detailId, { container }) => {
    if (!detailId) {
      return
    }
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    await sellerModule.restoreSellerProductDetails([detailId])
  }
)
