import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERMS_MODULE, type RecordConsentsInput, type TermConsentDTO, type TermsModuleService } from "../../../modules/terms"

export type RecordConsentsStepInput = RecordConsentsInput

export const recordConsentsStepId = "record-consents"

/**
 * Appends consent rows for one actor (customer or seller). Compensation deletes exactly the rows
 * it appended, so a failed join leaves no history behind.
 */
export const recordConsentsStep = createStep(
  recordConsentsStepId,
  async (input: RecordConsentsStepInput, { container }) => {
    const terms = container.resolve<TermsModuleService>(TERMS_MODULE)
    const consents: TermConsentDTO[] = await terms.recordConsents(input)
    return new StepResponse(
      consents,
      consents.map((consent) => consent.id)
    )
  },
  async (consentIds, { container }) => {
    if (!consentIds?.length) {
      return
    }
    const terms = container.resolve<TermsModuleService>(TERMS_MODULE)
    await terms.deleteTermConsents(consentIds)
  }
)
