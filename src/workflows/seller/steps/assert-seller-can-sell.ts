import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { SellerStatus } from "../../../modules/seller/types"

export const assertSellerCanSellStepId = "assert-seller-can-sell"

/** Only an approved (active) seller may create or change items. */
export const assertSellerCanSellStep = createStep(
  assertSellerCanSellStepId,
  async (input: { seller_id: string }, { container }) => {
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    const seller = await sellerModule.retrieveSeller(input.seller_id, { select: ["id", "status"] })
    if (seller.status !== SellerStatus.ACTIVE) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        seller.status === SellerStatus.PENDING
          ? "판매자 승인 후 상품을 등록·수정할 수 있습니다."
          : "정지되었거나 탈퇴한 판매자는 상품을 등록·수정할 수 없습니다."
      )
    }
    return new StepResponse(seller)
  }
)
