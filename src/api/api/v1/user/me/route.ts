import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ConsentActorType, TERMS_MODULE, type TermsModuleService } from "../../../../../modules/terms"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import {
  currentCustomer,
  toPendingTerm,
  toUserConsent,
  toUserProfile,
  type PendingTerm,
  type UserConsent,
  type UserProfile,
} from "../helpers"

export type MeResponse = UserProfile & { consents: UserConsent[]; pending_terms: PendingTerm[] }

/** The caller's profile, their latest answer per term, and required terms still to agree to. */
export async function loadMe(req: AuthenticatedMedusaRequest<unknown>): Promise<MeResponse> {
  const customer = await currentCustomer(req)
  const terms = req.scope.resolve<TermsModuleService>(TERMS_MODULE)
  const [consents, pending] = await Promise.all([
    terms.latestConsents(ConsentActorType.CUSTOMER, customer.id),
    terms.pendingRequiredTerms(ConsentActorType.CUSTOMER, customer.id),
  ])
  return {
    ...toUserProfile(customer),
    consents: consents.map(toUserConsent),
    pending_terms: pending.map(toPendingTerm),
  }
}

export const GET = async (req: AuthenticatedMedusaRequest, res: ApiV1Response<MeResponse>) => {
  sendOk(res, await loadMe(req))
}
