import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TERMS_MODULE, type TermsModuleService } from "../../modules/terms"
import { publishTermVersionWorkflow } from "../../workflows/terms/workflows/publish-term-version"
import { SEED_TERMS, SEED_TERMS_EFFECTIVE_AT } from "./terms-data"

export type TermsSetup = { termCodes: string[] }

/**
 * Version 1 of every term and policy. A code that already has any version is left alone, so
 * texts an operator published later are never touched by a re-run.
 */
export async function seedTerms(container: MedusaContainer): Promise<TermsSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const terms = container.resolve<TermsModuleService>(TERMS_MODULE)
  const existing = new Set(
    (await terms.listTerms({ code: SEED_TERMS.map((term) => term.code) }, { select: ["code"], take: null })).map(
      (term) => term.code
    )
  )
  let created = 0
  for (const term of SEED_TERMS) {
    if (existing.has(term.code)) {
      continue
    }
    await publishTermVersionWorkflow(container).run({
      input: { ...term, effective_at: SEED_TERMS_EFFECTIVE_AT },
    })
    created += 1
  }
  if (created) {
    logger.info(`seed: ${created} terms published`)
  }
  return { termCodes: SEED_TERMS.map((term) => term.code) }
}
