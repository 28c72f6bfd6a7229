import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { SellerProductDetailInput } from "../types"

export type UpdateSellerProductDetailStepInput = { id: string; update: Partial<SellerProductDetailInput> }

export const updateSellerProductDetailStepId = "update-seller-product-detail"

/** Updates a product's detail record; the compensation writes the previous values back. */
export const updateSellerProductDetailStep = createStep(
  updateSellerProductDetailStepId,
  async (input: UpdateSellerProductDetailStepInput, { container }) => {
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    const current = await sellerModule.retrieveSellerProductDetail(input.id)
    const start = input.update.sell_start_date !== undefined ? input.update.sell_start_date : current.sell_start_date
    const end = input.update.sell_end_date !== undefined ? input.update.sell_end_date : current.sell_end_date
    if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "sell_end_date: 판매 종료일은 판매 시작일보다 빠를 수 없습니다.")
    }
    const keys = Object.keys(input.update) as (keyof SellerProductDetailInput)[]
    const previous = Object.fromEntries(keys.map((key) => [key, current[key]])) as Partial<SellerProductDetailInput>
    const detail = keys.length
      ? await sellerModule.updateSellerProductDetails({ id: input.id, ...input.update })
      : current
    return new StepResponse(detail, { id: input.id, previous })
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    await sellerModule.updateSellerProductDetails({ id: snapshot.id, ...snapshot.previous })
  }
)
