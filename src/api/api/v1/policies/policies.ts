import type { TermDTO } from "../../../../modules/terms"

/** Public policy pages of the plan (`/api/v1/policies/<slug>`) and the term code behind each. */
export const POLICY_CODES = {
  terms: "TERMS",
  privacy: "PRIVACY",
  marketing: "MARKETING",
  product: "REVIEW_POLICY",
  youth: "YOUTH",
  seller: "SELLER",
  service: "SERVICE",
  vdp: "VDP",
} as const
export type PolicySlug = keyof typeof POLICY_CODES

export function isPolicySlug(value: string): value is PolicySlug {
  return Object.prototype.hasOwnProperty.call(POLICY_CODES, value)
}

export type PolicySummary = {
  policy: PolicySlug
  tos_code: string
  tos_version: number
  tos_name: string
  tos_essential: boolean
  audience: string
  effective_at: Date
}

export type PolicyVersion = { tos_version: number; effective_at: Date; in_force: boolean }

export type PolicyDocument = PolicySummary & {
  tos_content: string
  /** Every published version, newest first; a version announced ahead of its date is listed too. */
  versions: PolicyVersion[]
}

export function toPolicySummary(slug: PolicySlug, term: TermDTO): PolicySummary {
  return {
    policy: slug,
    tos_code: term.code,
    tos_version: term.version,
    tos_name: term.title,
    tos_essential: term.required,
    audience: term.audience,
    effective_at: term.effective_at,
  }
}
