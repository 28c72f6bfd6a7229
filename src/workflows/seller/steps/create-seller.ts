import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { SellerStatus } from "../../../modules/seller/types"
import { normalizeBusinessRegistrationNumber } from "../../../modules/seller/utils/business-registration-number"
import type { DeliveryPolicyInput, ReturnPolicyInput, SellerProfileInput } from "../types"

export type CreateSellerStepInput = {
  email: string
  seller: SellerProfileInput
  delivery_policy: DeliveryPolicyInput
  return_policy: ReturnPolicyInput
  /** Seeds create sellers straight into a status; joins are always pending. */
  status?: SellerStatus
}

export const createSellerStepId = "create-seller"

/** Creates a seller with its delivery and return policies; refuses a taken e-mail or 사업자등록번호. */
export const createSellerStep = createStep(
  createSellerStepId,
  async (input: CreateSellerStepInput, { container }) => {
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    const email = input.email.toLowerCase()
    const businessRegistrationNumber = normalizeBusinessRegistrationNumber(
      input.seller.business_registration_number
    )
    const [byEmail] = await sellerModule.listSellers({ email }, { select: ["id"] })
    if (byEmail) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "이미 판매자로 가입된 이메일입니다.")
    }
    const [byNumber] = await sellerModule.listSellers(
      { business_registration_number: businessRegistrationNumber },
      { select: ["id"] }
    )
    if (byNumber) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "이미 등록된 사업자등록번호입니다.")
    }

    const status = input.status ?? SellerStatus.PENDING
    const seller = await sellerModule.createSellers({
      ...input.seller,
      email,
      business_registration_number: businessRegistrationNumber,
      status,
      approved_at: status === SellerStatus.PENDING ? null : new Date(),
      suspended_at: status === SellerStatus.SUSPENDED ? new Date() : null,
    })
    await sellerModule.createSellerDeliveryPolicies({ ...input.delivery_policy, seller_id: seller.id })
    await sellerModule.createSellerReturnPolicies({ ...input.return_policy, seller_id: seller.id })
    return new StepResponse(seller, seller.id)
  },
  async (sellerId, { container }) => {
    if (!sellerId) {
      return
    }
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    // Hard delete: a join that failed leaves no trace, and the policies cascade with it.
    await sellerModule.deleteSellers([sellerId])
  }
)
