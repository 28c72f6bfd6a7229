import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ConsentActorType, TERMS_MODULE, type TermsModuleService } from "../../../../../modules/terms"
import { recordConsentsWorkflow } from "../../../../../workflows/terms/workflows/record-consents"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { currentCustomer, loadMe, requestMeta, toUserConsent, type MeResponse, type UserConsent } from "../helpers"
import type { PostUserConsentsType } from "../validators"

type ConsentsResponse = { recorded: UserConsent[] } & Pick<MeResponse, "consents" | "pending_terms">

/** The caller's full consent history, newest first (append-only). */
export const GET = async (req: AuthenticatedMedusaRequest, res: ApiV1Response<{ history: UserConsent[] }>) => {
  const customer = await currentCustomer(req)
  const terms = req.scope.resolve<TermsModuleService>(TERMS_MODULE)
  const history = await terms.listTermConsents(
    { actor_type: ConsentActorType.CUSTOMER, actor_id: customer.id },
    { order: { decided_at: "DESC", created_at: "DESC" }, take: null }
  )
  sendOk(res, { history: history.map(toUserConsent) })
}

/** Agree to optional terms or withdraw them, and re-consent to new versions of required terms. */
export const POST = async (
  req: AuthenticatedMedusaRequest<PostUserConsentsType>,
  res: ApiV1Response<ConsentsResponse>
) => {
  const customer = await currentCustomer(req)
  const { result } = await recordConsentsWorkflow(req.scope).run({
    input: {
      actor_type: ConsentActorType.CUSTOMER,
      actor_id: customer.id,
      terms: req.validatedBody.consents.map((answer) => ({
        code: answer.tos_code,
        version: answer.tos_version,
        agreed: answer.agree_whether,
      })),
      ...requestMeta(req),
    },
  })
  const me = await loadMe(req)
  sendOk(res, { recorded: result.map(toUserConsent), consents: me.consents, pending_terms: me.pending_terms })
}
