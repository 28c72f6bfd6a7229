import type { InferTypeOf } from "@medusajs/framework/types"
import type Term from "./models/term"
import type { TermAudience, TermKind } from "./models/term"
import type TermConsent from "./models/term-consent"
import type { ConsentActorType } from "./models/term-consent"

export type TermDTO = InferTypeOf<typeof Term>
export type TermConsentDTO = InferTypeOf<typeof TermConsent>

export type CurrentTermsFilter = {
  codes?: string[]
  /** An actor type or audience: returns its own terms and those for `all`. */
  audience?: ConsentActorType | TermAudience
  kind?: TermKind
  required?: boolean
}

/** One answer: agree (or decline / withdraw) the term `code`, optionally pinned to the version shown. */
export type ConsentAnswer = { code: string; version?: number; agreed: boolean }

export type RecordConsentsInput = {
  actor_type: ConsentActorType
  actor_id: string
  terms: ConsentAnswer[]
  ip?: string | null
  user_agent?: string | null
  decided_at?: Date
}

export type PublishTermVersionInput = {
  code: string
  content: string
  title?: string
  audience?: TermAudience
  kind?: TermKind
  required?: boolean
  effective_at?: Date
}

export type ConsentStatistic = {
  term_id: string
  code: string
  version: number
  title: string
  required: boolean
  effective_at: Date
  agreed: number
  declined: number
  withdrawn: number
  currently_agreeing: { customer: number; seller: number }
}
