import { model } from "@medusajs/framework/utils"
import Term from "./term"

/** Actor types that can give consent; a seller's consents live next to customers'. */
export const ConsentActorType = {
  CUSTOMER: "customer",
  SELLER: "seller",
} as const
export type ConsentActorType = (typeof ConsentActorType)[keyof typeof ConsentActorType]

/**
 * One answer of one actor to one term version (약관 동의 이력). Append-only: a withdrawal is a new
 * row with `agreed = false` and `withdrawn_at` set, so the earlier agreement stays on record.
 * The term's code and version are copied so the history reads on its own.
 */
const TermConsent = model
  .define("term_consent", {
    id: model.id({ prefix: "tcon" }).primaryKey(),
    term: model.belongsTo(() => Term, { mappedBy: "consents" }),
    term_code: model.text(),
    term_version: model.number(),
    actor_type: model.enum(ConsentActorType),
    actor_id: model.text(),
    agreed: model.boolean(),
    decided_at: model.dateTime(),
    withdrawn_at: model.dateTime().nullable(),
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
  })
  .indexes([
    { on: ["actor_type", "actor_id", "term_code", "decided_at"], name: "IDX_TERM_CONSENT_ACTOR_CODE" },
    { on: ["term_id", "agreed"], name: "IDX_TERM_CONSENT_TERM_AGREED" },
  ])

export default TermConsent
