import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TERMS_MODULE, type ConsentStatistic, type TermsModuleService } from "../../../../modules/terms"
import type { AdminGetTermStatisticsParamsType } from "../validators"

/** Consent counts per agreement version (agreed, declined, withdrawn, actors currently agreeing). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTermStatisticsParamsType>,
  res: MedusaResponse<{ statistics: ConsentStatistic[] }>
) => {
  const { code } = req.validatedQuery
  const terms = req.scope.resolve<TermsModuleService>(TERMS_MODULE)
  res.json({ statistics: await terms.consentStatistics(code ? { codes: [code] } : {}) })
}
