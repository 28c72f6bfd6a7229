import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERMS_MODULE, type PublishTermVersionInput, type TermDTO, type TermsModuleService } from "../../../modules/terms"

export const publishTermVersionStepId = "publish-term-version"

/** Inserts the next version of a term; compensation deletes that version (never an older one). */
export const publishTermVersionStep = createStep(
  publishTermVersionStepId,
  async (input: PublishTermVersionInput, { container }) => {
    const terms = container.resolve<TermsModuleService>(TERMS_MODULE)
    const term: TermDTO = await terms.publishTermVersion(input)
    return new StepResponse(term, term.id)
  },
  async (termId, { container }) => {
    if (!termId) {
      return
    }
    const terms = container.resolve<TermsModuleService>(TERMS_MODULE)
    await terms.deleteTerms(termId)
  }
)
