import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERMS_MODULE, type ConsentActorType, type TermConsentDTO, type TermsModuleService } from "../../../modules/terms"

export type WithdrawAllConsentsStepInput = {
  actor_type: ConsentActorType
  actor_id: string
  ip?: string | null
  user_agent?: string | null
}

export const withdrawAllConsentsStepId = "withdraw-all-consents"

/** Ends every agreement of an actor whose account closes; compensation deletes the appended rows. */
export const withdrawAllConsentsStep = createStep(
  withdrawAllConsentsStepId,
  async (input: WithdrawAllConsentsStepInput, { container }) => {
    const terms = container.resolve<TermsModuleService>(TERMS_MODULE)
    const rows: TermConsentDTO[] = await terms.withdrawAllConsents(input.actor_type, input.actor_id, input)
    return new StepResponse(
      rows,
      rows.map((row) => row.id)
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
