import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export type MarkSellerProductsHiddenStepInput = { detail_ids: string[]; hidden: boolean }

export const markSellerProductsHiddenStepId = "mark-seller-products-hidden"

async function mark(sellerModule: SellerModuleService, detailIds: string[], hidden: boolean) {
  if (detailIds.length) {
    await sellerModule.updateSellerProductDetails(detailIds.map((id) => ({ id, hidden_by_seller_status: hidden })))
  }
}

/** Records on each product's detail whether the seller's status is what hides it; undone on failure. */
export const markSellerProductsHiddenStep = createStep(
  markSellerProductsHiddenStepId,
  async (input: MarkSellerProductsHiddenStepInput, { container }) => {
    await mark(container.resolve<SellerModuleService>(SELLER_MODULE), input.detail_ids, input.hidden)
    return new StepResponse(input.detail_ids.length, input)
  },
  async (input, { container }) => {
    if (!input) {
      return
    }
    await mark(container.resolve<SellerModuleService>(SELLER_MODULE), input.detail_ids, !input.hidden)
  }
)
