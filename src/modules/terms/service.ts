import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import Term, { TermAudience, TermKind } from "./models/term"
import TermConsent, { ConsentActorType } from "./models/term-consent"
import type {
  ConsentStatistic,
  CurrentTermsFilter,
  PublishTermVersionInput,
  RecordConsentsInput,
  TermConsentDTO,
  TermDTO,
} from "./types"

/** Audiences whose terms an actor type sees: its own and those written for everyone. */
export function audiencesFor(actorType: ConsentActorType | TermAudience): TermAudience[] {
  return actorType === TermAudience.ALL ? [TermAudience.ALL] : [actorType, TermAudience.ALL]
}

/** Keeps the first row per code of rows ordered by code, then newest first. */
function firstPerCode<T extends { code?: string; term_code?: string }>(rows: T[]): T[] {
  const seen = new Set<string>()
  return rows.filter((row) => {
    const code = row.code ?? row.term_code ?? ""
    if (seen.has(code)) {
      return false
    }
    seen.add(code)
    return true
  })
}

/**
 * Terms (약관) and the append-only consent history (약관 동의 이력), for customers and sellers alike.
 * Texts are versioned: publishing inserts a version, nothing edits a published one.
 */
export default class TermsModuleService extends MedusaService({ Term, TermConsent }) {
  /** The version of each term in force at `at` (the newest whose effective date has passed). */
  async currentTerms(filter: CurrentTermsFilter = {}, at: Date = new Date()): Promise<TermDTO[]> {
    const terms = await this.listTerms(
      {
        ...(filter.codes ? { code: filter.codes } : {}),
        ...(filter.audience ? { audience: audiencesFor(filter.audience) } : {}),
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.required !== undefined ? { required: filter.required } : {}),
        effective_at: { $lte: at },
      },
      { order: { code: "ASC", version: "DESC" }, take: null }
    )
    return firstPerCode(terms)
  }

  /** One version of a term; without `version`, the one in force now. */
  async retrieveTermVersion(code: string, version?: number): Promise<TermDTO> {
    const [term] =
      version === undefined
        ? await this.currentTerms({ codes: [code] })
        : await this.listTerms({ code, version }, { take: 1 })
    if (!term) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        version === undefined ? `약관(${code})을 찾을 수 없습니다.` : `약관(${code})의 ${version}번째 버전을 찾을 수 없습니다.`
      )
    }
    return term
  }

  /** Every version of a term, newest first, including versions that take effect later. */
  async listTermVersions(code: string): Promise<TermDTO[]> {
    return await this.listTerms({ code }, { order: { version: "DESC" }, take: null })
  }

  /** The most recent answer of an actor for each term code. */
  async latestConsents(actorType: ConsentActorType, actorId: string, codes?: string[]): Promise<TermConsentDTO[]> {
    const consents = await this.listTermConsents(
      { actor_type: actorType, actor_id: actorId, ...(codes ? { term_code: codes } : {}) },
      { order: { term_code: "ASC", decided_at: "DESC", created_at: "DESC" }, take: null }
    )
    return firstPerCode(consents)
  }

  /**
   * Required terms in force for the actor's audience that the actor has not agreed to in their
   * current version: never answered, declined, or agreed to an older version only.
   */
  async pendingRequiredTerms(actorType: ConsentActorType, actorId: string): Promise<TermDTO[]> {
    const required = await this.currentTerms({ audience: actorType, kind: TermKind.AGREEMENT, required: true })
    if (!required.length) {
      return []
    }
    const latest = new Map(
      (await this.latestConsents(actorType, actorId, required.map((term) => term.code))).map((consent) => [
        consent.term_code,
        consent,
      ])
    )
    return required.filter((term) => {
      const consent = latest.get(term.code)
      return !consent || !consent.agreed || consent.term_version !== term.version
    })
  }

  /**
   * Appends one consent row per answer. Answers name a term by code (and optionally the version
   * the person was shown, which must be the one in force). Withdrawing an agreement to an
   * optional term appends a row with `withdrawn_at`; a required term's agreement cannot be
   * withdrawn (that is what leaving the service is for).
   */
  async recordConsents(input: RecordConsentsInput): Promise<TermConsentDTO[]> {
    const codes = input.terms.map((answer) => answer.code)
    const duplicates = codes.filter((code, index) => codes.indexOf(code) !== index)
    if (duplicates.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `같은 약관이 두 번 들어 있습니다: ${[...new Set(duplicates)].join(", ")}`)
    }
    if (!input.terms.length) {
      return []
    }
    const current = new Map(
      (await this.currentTerms({ codes, audience: input.actor_type })).map((term) => [term.code, term])
    )
    const unknown = codes.filter((code) => !current.has(code))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `동의할 수 없는 약관입니다: ${unknown.join(", ")}`)
    }
    const latest = new Map(
      (await this.latestConsents(input.actor_type, input.actor_id, codes)).map((consent) => [consent.term_code, consent])
    )
    const now = input.decided_at ?? new Date()
    const rows = input.terms.map((answer) => {
      const term = current.get(answer.code)!
      if (term.kind !== TermKind.AGREEMENT) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `동의 대상이 아닌 정책입니다: ${term.code}`)
      }
      if (answer.version !== undefined && answer.version !== term.version) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `약관(${term.code})의 현재 버전은 ${term.version}입니다. 최신 약관을 확인한 뒤 다시 동의해 주세요.`
        )
      }
      const previous = latest.get(term.code)
      const withdrawing = !answer.agreed && !!previous?.agreed
      if (withdrawing && term.required) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `필수 약관(${term.code})의 동의는 철회할 수 없습니다. 서비스 이용을 끝내려면 회원 탈퇴를 해 주세요.`
        )
      }
      return {
        term_id: term.id,
        term_code: term.code,
        term_version: term.version,
        actor_type: input.actor_type,
        actor_id: input.actor_id,
        agreed: answer.agreed,
        decided_at: now,
        withdrawn_at: withdrawing ? now : null,
        ip: input.ip ?? null,
        user_agent: input.user_agent ?? null,
      }
    })
    return await this.createTermConsents(rows)
  }

  /**
   * Appends a withdrawal for every term the actor currently agrees to, required ones included:
   * used when the account itself ends (secession), so the history shows when consent stopped.
   */
  async withdrawAllConsents(
    actorType: ConsentActorType,
    actorId: string,
    meta: { ip?: string | null; user_agent?: string | null } = {}
  ): Promise<TermConsentDTO[]> {
    const agreed = (await this.latestConsents(actorType, actorId)).filter((consent) => consent.agreed)
    if (!agreed.length) {
      return []
    }
    const now = new Date()
    return await this.createTermConsents(
      agreed.map((consent) => ({
        term_id: consent.term_id,
        term_code: consent.term_code,
        term_version: consent.term_version,
        actor_type: actorType,
        actor_id: actorId,
        agreed: false,
        decided_at: now,
        withdrawn_at: now,
        ip: meta.ip ?? null,
        user_agent: meta.user_agent ?? null,
      }))
    )
  }

  /** Inserts the next version of a term; fields not given are carried over from the newest version. */
  async publishTermVersion(input: PublishTermVersionInput): Promise<TermDTO> {
    const [previous] = await this.listTerms({ code: input.code }, { order: { version: "DESC" }, take: 1 })
    const title = input.title ?? previous?.title
    const audience = input.audience ?? previous?.audience
    if (!title || !audience) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `새 약관(${input.code})의 첫 버전에는 제목(title)과 대상(audience)이 필요합니다.`
      )
    }
    return await this.createTerms({
      code: input.code,
      version: (previous?.version ?? 0) + 1,
      title,
      content: input.content,
      audience,
      kind: input.kind ?? previous?.kind ?? TermKind.AGREEMENT,
      required: input.required ?? previous?.required ?? false,
      effective_at: input.effective_at ?? new Date(),
    })
  }

  /**
   * Per term version: how many answers agreed, declined and withdrew, and how many actors'
   * latest answer for the code is an agreement to exactly this version.
   */
  @InjectManager()
  async consentStatistics(
    filter: { codes?: string[] } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ConsentStatistic[]> {
    const manager = sharedContext.manager!
    // PostgreSQL returns count(*) as text (bigint).
    type Row = Omit<ConsentStatistic, "agreed" | "declined" | "withdrawn" | "currently_agreeing"> &
      Record<"agreed" | "declined" | "withdrawn" | "customers_agreeing" | "sellers_agreeing", string>
    const rows: Row[] = await manager.execute(
      `
      WITH latest AS (
        SELECT DISTINCT ON (actor_type, actor_id, term_code) actor_type, term_id, agreed
        FROM term_consent
        WHERE deleted_at IS NULL
        ORDER BY actor_type, actor_id, term_code, decided_at DESC, created_at DESC
      )
      SELECT t.id AS term_id, t.code, t.version, t.title, t.required, t.effective_at,
        (SELECT count(*) FROM term_consent c WHERE c.term_id = t.id AND c.deleted_at IS NULL AND c.agreed) AS agreed,
        (SELECT count(*) FROM term_consent c WHERE c.term_id = t.id AND c.deleted_at IS NULL AND NOT c.agreed AND c.withdrawn_at IS NULL) AS declined,
        (SELECT count(*) FROM term_consent c WHERE c.term_id = t.id AND c.deleted_at IS NULL AND c.withdrawn_at IS NOT NULL) AS withdrawn,
        (SELECT count(*) FROM latest l WHERE l.term_id = t.id AND l.agreed AND l.actor_type = 'customer') AS customers_agreeing,
        (SELECT count(*) FROM latest l WHERE l.term_id = t.id AND l.agreed AND l.actor_type = 'seller') AS sellers_agreeing
      FROM term t
      WHERE t.deleted_at IS NULL AND t.kind = 'agreement'
      ORDER BY t.code ASC, t.version DESC
      `
    )
    // A handful of terms: filtering here keeps the SQL free of array bindings.
    return rows
      .filter((row) => !filter.codes || filter.codes.includes(row.code))
      .map((row) => ({
      term_id: row.term_id,
      code: row.code,
      version: Number(row.version),
      title: row.title,
      required: row.required,
      effective_at: new Date(row.effective_at),
      agreed: Number(row.agreed),
      declined: Number(row.declined),
      withdrawn: Number(row.withdrawn),
      currently_agreeing: { customer: Number(row.customers_agreeing), seller: Number(row.sellers_agreeing) },
    }))
  }
}
