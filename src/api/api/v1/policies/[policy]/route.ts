import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { TERMS_MODULE, type TermsModuleService } from "../../../../../modules/terms"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { isPolicySlug, POLICY_CODES, toPolicySummary, type PolicyDocument } from "../policies"
import type { GetPolicyParamsType } from "../validators"

/**
 * 고팡 이용약관, 상품평 운영원칙, 청소년보호정책, 판매이용약관, 서비스이용정책, 취약점공개정책…
 * The version in force, or `?version=` for another published one (public).
 */
export const GET = async (req: MedusaRequest<unknown, GetPolicyParamsType>, res: ApiV1Response<PolicyDocument>) => {
  const slug = req.params.policy
  if (!isPolicySlug(slug)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `정책(${slug})을 찾을 수 없습니다.`)
  }
  const terms = req.scope.resolve<TermsModuleService>(TERMS_MODULE)
  const code = POLICY_CODES[slug]
  const term = await terms.retrieveTermVersion(code, req.validatedQuery.version)
  const now = Date.now()
  const versions = await terms.listTermVersions(code)
  const inForce = versions.find((version) => new Date(version.effective_at).getTime() <= now)
  sendOk(res, {
    ...toPolicySummary(slug, term),
    tos_content: term.content,
    versions: versions.map((version) => ({
      tos_version: version.version,
      effective_at: version.effective_at,
      in_force: version.id === inForce?.id,
    })),
  })
}
