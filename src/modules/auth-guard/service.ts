import { createHash } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import LoginCounter from "./models/login-counter"
import RevokedToken from "./models/revoked-token"
import TokenCutoff from "./models/token-cutoff"
import { TooManyRequestsError } from "./errors"

export type AuthGuardOptions = {
  /** Login attempts per account inside the window (those not proven good by a success). */
  maxLoginFailures?: number
  /** The same per client address: much higher, many people share one. */
  maxAddressAttempts?: number
  loginWindowSeconds?: number
}

/** What a login attempt is counted against: the account ("<actor>:<e-mail>") and the client address. */
export type LoginKeys = { account?: string; address?: string }

type JwtClaims = { exp?: number; iat?: number; actor_type?: string; actor_id?: string }

const DEFAULT_MAX_LOGIN_FAILURES = 5
const DEFAULT_MAX_ADDRESS_ATTEMPTS = 200
const DEFAULT_LOGIN_WINDOW_SECONDS = 15 * 60

/**
 * Where a "sessions valid from" mark set now goes: the start of the next whole second.
 *
 * JWTs carry `iat` in whole seconds, so a mark inside a second could not tell a token issued
 * just before it from one issued just after it in the same second. A mark on a second boundary
 * can: every token with `iat` below the mark was issued before the boundary, every token issued
 * after it has `iat` at or above it. The step that sets the mark then waits for the boundary to
 * pass before the request returns (see `revokeActorTokensStep`), so a token or session begun
 * before the password change / logout / secession returned is refused, and one begun after it is
 * accepted. Logins racing with the change inside that (under one second) window are refused, which
 * is what a password change wants: they may have used the old password.
 */
export function nextWholeSecond(now = Date.now()): Date {
  return new Date((Math.floor(now / 1000) + 1) * 1000)
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

/** Reads a JWT's claims without verifying it: only called on tokens Medusa already verified. */
export function readClaims(token: string): JwtClaims {
  const [, payload] = token.split(".")
  try {
    return JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")) as JwtClaims
  } catch {
    return {}
  }
}

/**
 * Token revocation and login throttling, in PostgreSQL so that every server process (and a
 * process started later) sees the same state at once.
 */
export default class AuthGuardModuleService extends MedusaService({ RevokedToken, LoginCounter, TokenCutoff }) {
  protected readonly maxAccountAttempts: number
  protected readonly maxAddressAttempts: number
  protected readonly loginWindowSeconds: number

  constructor(container: Record<string, unknown>, options: AuthGuardOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.maxAccountAttempts = Number(
      options.maxLoginFailures ?? process.env.GOPANG_LOGIN_MAX_FAILURES ?? DEFAULT_MAX_LOGIN_FAILURES
    )
    this.maxAddressAttempts = Number(
      options.maxAddressAttempts ?? process.env.GOPANG_LOGIN_MAX_ADDRESS_ATTEMPTS ?? DEFAULT_MAX_ADDRESS_ATTEMPTS
    )
    this.loginWindowSeconds = Number(
      options.loginWindowSeconds ?? process.env.GOPANG_LOGIN_WINDOW_SECONDS ?? DEFAULT_LOGIN_WINDOW_SECONDS
    )
  }

  async revokeToken(token: string): Promise<void> {
    const claims = readClaims(token)
    const tokenHash = hashToken(token)
    const [existing] = await this.listRevokedTokens({ token_hash: tokenHash })
    if (existing) {
      return
    }
    await this.createRevokedTokens({
      token_hash: tokenHash,
      actor_type: claims.actor_type ?? "",
      actor_id: claims.actor_id ?? "",
      // A token without exp never expires by itself: keep its revocation for a year.
      expires_at: new Date(claims.exp ? claims.exp * 1000 : Date.now() + 365 * 24 * 3600 * 1000),
    })
  }

  async isTokenRevoked(token: string): Promise<boolean> {
    const [revoked] = await this.listRevokedTokens({ token_hash: hashToken(token) }, { select: ["id"] })
    if (revoked) {
      return true
    }
    const claims = readClaims(token)
    if (!claims.actor_type || !claims.actor_id || claims.iat === undefined) {
      return false
    }
    const validFrom = await this.sessionsValidFrom(claims.actor_type, claims.actor_id)
    // The mark is always a whole second (see `endActorSessions`), so comparing the token's
    // whole-second `iat` with it is exact: no token can share the mark's second ambiguously.
    return !!validFrom && claims.iat * 1000 < validFrom.getTime()
  }

  /**
   * A cookie session (its creation time in ms, stamped when `/auth/session` established it) that
   * began before the actor's mark has ended. A session without a stamp predates the stamping and
   * counts as ended once the actor has a mark.
   */
  async isSessionEnded(actorType: string, actorId: string, createdAtMs: number | undefined): Promise<boolean> {
    const validFrom = await this.sessionsValidFrom(actorType, actorId)
    return !!validFrom && (createdAtMs ?? 0) < validFrom.getTime()
  }

  /** The actor's "sessions valid from" mark: tokens and cookie sessions begun before it are refused. */
  async sessionsValidFrom(actorType: string, actorId: string): Promise<Date | null> {
    const [cutoff] = await this.listTokenCutoffs({ actor_type: actorType, actor_id: actorId }, { select: ["not_before"] })
    return cutoff ? new Date(cutoff.not_before) : null
  }

  /**
   * Moves the actor's mark to `at` (by default the next whole second, see `nextWholeSecond`): every
   * token and cookie session begun before it is refused. Returns the mark it replaced (or null),
   * so a workflow step can put it back.
   */
  async revokeActorTokens(actorType: string, actorId: string, at = nextWholeSecond()): Promise<Date | null> {
    const [existing] = await this.listTokenCutoffs({ actor_type: actorType, actor_id: actorId })
    if (existing) {
      await this.updateTokenCutoffs({ id: existing.id, not_before: at })
      return new Date(existing.not_before)
    }
    await this.createTokenCutoffs({ actor_type: actorType, actor_id: actorId, not_before: at })
    return null
  }

  /** Puts back what `revokeActorTokens` replaced (compensation). */
  async restoreActorTokens(actorType: string, actorId: string, previous: Date | null): Promise<void> {
    const [existing] = await this.listTokenCutoffs({ actor_type: actorType, actor_id: actorId })
    if (!existing) {
      return
    }
    if (previous) {
      await this.updateTokenCutoffs({ id: existing.id, not_before: previous })
    } else {
      await this.deleteTokenCutoffs(existing.id)
    }
  }

  /**
   * Counts one login attempt against the account and the client address before the password is
   * checked, in one atomic statement per key, and refuses it (429 with Retry-After) when either
   * is over its limit: the account's is low (guessing one password), the address's much higher
   * (thousands of shoppers share a carrier's or an office's address, and one of them failing
   * must not lock out the others). Settle the attempt with `settleLoginAttempt`.
   */
  @InjectManager()
  async claimLoginAttempt(
    keys: LoginKeys,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const knex = sharedContext.manager!.getKnex()
    const claims: { key: string; limit: number }[] = [
      ...(keys.account ? [{ key: keys.account, limit: this.maxAccountAttempts }] : []),
      ...(keys.address ? [{ key: `address:${keys.address}`, limit: this.maxAddressAttempts }] : []),
    ]
    let retryAfter = 0
    for (const { key, limit } of claims) {
      const { rows } = await knex.raw<{ rows: { attempts: number; window_started_at: Date }[] }>(
        `insert into login_counter (id, key, attempts, window_started_at)
         values (?, ?, 1, now())
         on conflict (key) where deleted_at is null do update set
           attempts = case when login_counter.window_started_at <= now() - make_interval(secs => ?)
                           then 1 else login_counter.attempts + 1 end,
           window_started_at = case when login_counter.window_started_at <= now() - make_interval(secs => ?)
                                    then now() else login_counter.window_started_at end,
           updated_at = now()
         returning attempts, window_started_at`,
        [generateEntityId(undefined, "lgc"), key, this.loginWindowSeconds, this.loginWindowSeconds]
      )
      const [counter] = rows
      if (counter.attempts > limit) {
        const ends = new Date(counter.window_started_at).getTime() + this.loginWindowSeconds * 1000
        retryAfter = Math.max(retryAfter, Math.max(1, Math.ceil((ends - Date.now()) / 1000)))
      }
    }
    if (retryAfter) {
      throw new TooManyRequestsError(`로그인 시도가 너무 많습니다. ${retryAfter}초 후에 다시 시도해 주세요.`, retryAfter)
    }
  }

  /**
   * After the password check: a success clears its own account's counter (never another's) and
   * gives the address its attempt back; a failure leaves both counted.
   */
  @InjectManager()
  async settleLoginAttempt(
    keys: LoginKeys,
    succeeded: boolean,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!succeeded) {
      return
    }
    const knex = sharedContext.manager!.getKnex()
    if (keys.account) {
      await knex("login_counter").where({ key: keys.account }).delete()
    }
    if (keys.address) {
      await knex("login_counter")
        .where({ key: `address:${keys.address}` })
        .whereNull("deleted_at")
        .update({ attempts: knex.raw("greatest(attempts - 1, 0)"), updated_at: knex.fn.now() })
    }
  }

  /** Deletes revocations of tokens that have expired and counters whose window ended a day ago. */
  async purgeExpired(now = new Date()): Promise<void> {
    const expired = await this.listRevokedTokens({ expires_at: { $lt: now } }, { select: ["id"], take: null })
    if (expired.length) {
      await this.deleteRevokedTokens(expired.map((row) => row.id))
    }
    const cutoff = new Date(now.getTime() - (this.loginWindowSeconds + 24 * 3600) * 1000)
    const stale = await this.listLoginCounters({ window_started_at: { $lt: cutoff } }, { select: ["id"], take: null })
    if (stale.length) {
      await this.deleteLoginCounters(stale.map((row) => row.id))
    }
  }
}
