import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { SellerProductDetailInput } from "../types"

export const createSellerProductDetailStepId = "create-seller-product-detail"

export const createSellerProductDetailStep = createStep(
  createSellerProductDetailStepId,
  async (input: SellerProductDetailInput, { container }) => {
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    const detail = await sellerModule.createSellerProductDetails(input)
    return new StepResponse(detail, detail.id)
  },
  async (detailId, { container }) => {
    if (!detailId) {
      return
    }
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    await sellerModule.deleteSellerProductDetails([detailId])
  }
)
