import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  TERMS_MODULE,
  TermKind,
  type ConsentActorType,
  type ConsentAnswer,
  type TermDTO,
  type TermsModuleService,
} from "../../../modules/terms"

export type ValidateRequiredConsentsStepInput = {
  actor_type: ConsentActorType
  terms: ConsentAnswer[]
}

export const validateRequiredConsentsStepId = "validate-required-consents"

/**
 * Refuses a sign-up (customer or seller) that does not agree to every required term in force for
 * its audience, or names a term that is not an agreement in force for it; the error names the
 * codes. Returns the agreements in force. Reads only.
 */
export const validateRequiredConsentsStep = createStep(
  validateRequiredConsentsStepId,
  async (input: ValidateRequiredConsentsStepInput, { container }) => {
    const terms = container.resolve<TermsModuleService>(TERMS_MODULE)
    const current: TermDTO[] = await terms.currentTerms({ audience: input.actor_type, kind: TermKind.AGREEMENT })
    const known = new Set(current.map((term) => term.code))
    const unknown = input.terms.filter((answer) => !known.has(answer.code)).map((answer) => answer.code)
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `동의할 수 없는 약관입니다: ${unknown.join(", ")}`)
    }
    const agreed = new Set(input.terms.filter((answer) => answer.agreed).map((answer) => answer.code))
    const missing = current.filter((term) => term.required && !agreed.has(term.code))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `필수 약관에 동의해야 합니다: ${missing.map((term) => `${term.title}(${term.code})`).join(", ")}`
      )
    }
    return new StepResponse(current)
  }
)
