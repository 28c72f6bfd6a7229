import { model } from "@medusajs/framework/utils"
import TermConsent from "./term-consent"

/** Who a term is written for. `all` terms are shown to (and agreed by) customers and sellers. */
export const TermAudience = {
  CUSTOMER: "customer",
  SELLER: "seller",
  ALL: "all",
} as const
export type TermAudience = (typeof TermAudience)[keyof typeof TermAudience]

/**
 * `agreement`: a term people agree to (이용약관, 개인정보 수집·이용, 마케팅 수신).
 * `policy`: a published rule nobody signs (청소년보호정책, 취약점공개정책); never asked for consent.
 */
export const TermKind = {
  AGREEMENT: "agreement",
  POLICY: "policy",
} as const
export type TermKind = (typeof TermKind)[keyof typeof TermKind]

/**
 * One version of one term (약관). A new version is a new row: published texts are never edited,
 * so a consent always points at the exact text that was shown.
 */
const Term = model
  .define("term", {
    id: model.id({ prefix: "tos" }).primaryKey(),
    code: model.text(),
    version: model.number(),
    title: model.text(),
    content: model.text(),
    audience: model.enum(TermAudience),
    kind: model.enum(TermKind).default(TermKind.AGREEMENT),
    required: model.boolean().default(false),
    effective_at: model.dateTime(),
    consents: model.hasMany(() => TermConsent, { mappedBy: "term" }),
  })
  .indexes([
    { on: ["code", "version"], unique: true, name: "IDX_TERM_CODE_VERSION_UNIQUE", where: "deleted_at IS NULL" },
    { on: ["audience", "kind"], name: "IDX_TERM_AUDIENCE_KIND" },
  ])

export default Term
