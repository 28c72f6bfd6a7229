import type { MedusaRequest } from "@medusajs/framework/http"
import { TERMS_MODULE, type TermsModuleService } from "../../../../modules/terms"
import { sendOk, type ApiV1Response } from "../../../utils/envelope"
import { POLICY_CODES, toPolicySummary, type PolicySlug, type PolicySummary } from "./policies"

/** The policies in force, one line each (public). */
export const GET = async (req: MedusaRequest, res: ApiV1Response<PolicySummary[]>) => {
  const terms = req.scope.resolve<TermsModuleService>(TERMS_MODULE)
  const current = new Map((await terms.currentTerms({ codes: Object.values(POLICY_CODES) })).map((term) => [term.code, term]))
  const slugs = Object.keys(POLICY_CODES) as PolicySlug[]
  sendOk(
    res,
    slugs.flatMap((slug) => {
      const term = current.get(POLICY_CODES[slug])
      return term ? [toPolicySummary(slug, term)] : []
    })
  )
}
