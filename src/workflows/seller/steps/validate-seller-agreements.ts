import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AgreementInput } from "../types"

/**
 * Terms a seller must accept to join (판매이용약관). The terms module owns the catalogue of
 * terms; until it is wired in (see record-seller-consents.ts) this is the list join enforces.
 */
export const REQUIRED_SELLER_TERMS = ["seller"] as const

export const validateSellerAgreementsStepId = "validate-seller-agreements"

/** Refuses a join that does not agree to every required seller term. Changes nothing. */
export const validateSellerAgreementsStep = createStep(
  validateSellerAgreementsStepId,
  async (agreements: AgreementInput[]) => {
    const agreed = new Set(agreements.filter((agreement) => agreement.agreed).map((agreement) => agreement.code))
    const missing = REQUIRED_SELLER_TERMS.filter((code) => !agreed.has(code))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `agreements: 필수 약관(${missing.join(", ")})에 동의해야 판매자로 가입할 수 있습니다.`
      )
    }
    return new StepResponse(agreements)
  }
)
