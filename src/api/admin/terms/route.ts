import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TERMS_MODULE, type TermDTO, type TermsModuleService } from "../../../modules/terms"
import { publishTermVersionWorkflow } from "../../../workflows/terms/workflows/publish-term-version"
import type { AdminGetTermsParamsType, AdminPublishTermType } from "./validators"

/** Every term version (or only those in force with `?current=true`), by code then newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTermsParamsType>,
  res: MedusaResponse<{ terms: TermDTO[]; count: number }>
) => {
  const { code, current } = req.validatedQuery
  const terms = req.scope.resolve<TermsModuleService>(TERMS_MODULE)
  const list = current
    ? await terms.currentTerms(code ? { codes: [code] } : {})
    : await terms.listTerms(code ? { code } : {}, { order: { code: "ASC", version: "DESC" }, take: null })
  res.json({ terms: list, count: list.length })
}

/** Publishes a new version; the old versions and the consents given to them stay untouched. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPublishTermType>,
  res: MedusaResponse<{ term: TermDTO }>
) => {
  const { result } = await publishTermVersionWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ term: result })
}
