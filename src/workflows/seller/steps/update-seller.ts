import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { normalizeBusinessRegistrationNumber } from "../../../modules/seller/utils/business-registration-number"
import { MedusaError } from "@medusajs/framework/utils"
import type { DeliveryPolicyInput, ReturnPolicyInput, SellerProfileInput } from "../types"

export type UpdateSellerStepInput = {
  id: string
  seller?: Partial<SellerProfileInput>
  delivery_policy?: Partial<DeliveryPolicyInput>
  return_policy?: Partial<ReturnPolicyInput>
}

type Snapshot = {
  seller: { id: string } & Partial<SellerProfileInput>
  delivery_policy?: { id: string } & Partial<DeliveryPolicyInput>
  return_policy?: { id: string } & Partial<ReturnPolicyInput>
}

export const updateSellerStepId = "update-seller"

const PROFILE_FIELDS = [
  "name",
  "representative_name",
  "phone_number",
  "business_type",
  "business_registration_number",
] as const
const DELIVERY_FIELDS = [
  "forwarding_place",
  "delivery_jeju_mountain",
  "jeju_mountain_extra_cost",
  "courier_company",
  "delivery_way",
  "delivery_cost",
  "free_delivery_threshold",
  "delivery_period",
] as const
const RETURN_FIELDS = ["address", "return_delivery_cost", "exchange_delivery_cost"] as const

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((key) => key in source).map((key) => [key, source[key]])) as Pick<T, K>
}

/** Changes a seller's profile and policies; the compensation writes the previous values back. */
export const updateSellerStep = createStep(
  updateSellerStepId,
  async (input: UpdateSellerStepInput, { container }) => {
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    const current = await sellerModule.retrieveSeller(input.id, {
      relations: ["delivery_policy", "return_policy"],
    })
    const snapshot: Snapshot = { seller: { id: current.id, ...pick(current, PROFILE_FIELDS) } }

    if (input.seller && Object.keys(input.seller).length) {
      const update = { ...input.seller }
      if (update.business_registration_number) {
        update.business_registration_number = normalizeBusinessRegistrationNumber(update.business_registration_number)
        const [taken] = await sellerModule.listSellers(
          { business_registration_number: update.business_registration_number, id: { $ne: current.id } },
          { select: ["id"] }
        )
        if (taken) {
          throw new MedusaError(MedusaError.Types.CONFLICT, "이미 등록된 사업자등록번호입니다.")
        }
      }
      await sellerModule.updateSellers({ id: current.id, ...update })
    }
    if (input.delivery_policy && current.delivery_policy) {
      snapshot.delivery_policy = { id: current.delivery_policy.id, ...pick(current.delivery_policy, DELIVERY_FIELDS) }
      await sellerModule.updateSellerDeliveryPolicies({ id: current.delivery_policy.id, ...input.delivery_policy })
    }
    if (input.return_policy && current.return_policy) {
      snapshot.return_policy = { id: current.return_policy.id, ...pick(current.return_policy, RETURN_FIELDS) }
      await sellerModule.updateSellerReturnPolicies({ id: current.return_policy.id, ...input.return_policy })
    }
    const updated = await sellerModule.retrieveSeller(input.id, { relations: ["delivery_policy", "return_policy"] })
    return new StepResponse(updated, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    await sellerModule.updateSellers(snapshot.seller)
    if (snapshot.delivery_policy) {
      await sellerModule.updateSellerDeliveryPolicies(snapshot.delivery_policy)
    }
    if (snapshot.return_policy) {
      await sellerModule.updateSellerReturnPolicies(snapshot.return_policy)
    }
  }
)
