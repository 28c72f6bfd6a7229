import { createHash } from "node:crypto"
import { MedusaService } from "@medusajs/framework/utils"
import LoginFailure from "./models/login-failure"
import RevokedToken from "./models/revoked-token"
import TokenCutoff from "./models/token-cutoff"
import { TooManyRequestsError } from "./errors"

export type AuthGuardOptions = {
  /** Failed logins allowed per key inside the window before further attempts are refused. */
  maxLoginFailures?: number
  loginWindowSeconds?: number
}

type JwtClaims = { exp?: number; iat?: number; actor_type?: string; actor_id?: string }

const DEFAULT_MAX_LOGIN_FAILURES = 5
const DEFAULT_LOGIN_WINDOW_SECONDS = 15 * 60

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
export default class AuthGuardModuleService extends MedusaService({ RevokedToken, LoginFailure, TokenCutoff }) {
  protected readonly maxLoginFailures: number
  protected readonly loginWindowSeconds: number

  constructor(container: Record<string, unknown>, options: AuthGuardOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.maxLoginFailures = Number(
      options.maxLoginFailures ?? process.env.GOPANG_LOGIN_MAX_FAILURES ?? DEFAULT_MAX_LOGIN_FAILURES
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
    const [cutoff] = await this.listTokenCutoffs(
      { actor_type: claims.actor_type, actor_id: claims.actor_id },
      { select: ["not_before"] }
    )
    // JWT times are whole seconds: a token from the cutoff's own second is still accepted.
    return !!cutoff && claims.iat < Math.floor(new Date(cutoff.not_before).getTime() / 1000)
  }

  /**
   * Refuses every token of the actor issued before `at`. Returns the cutoff it replaced (or null),
   * so a workflow step can put it back.
   */
  async revokeActorTokens(actorType: string, actorId: string, at = new Date()): Promise<Date | null> {
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

  /** Throws TooManyRequestsError when any key has used up its failures inside the window. */
  async assertLoginAllowed(keys: string[]): Promise<void> {
    const since = new Date(Date.now() - this.loginWindowSeconds * 1000)
    for (const key of keys) {
      const failures = await this.listLoginFailures(
        { key, created_at: { $gte: since } },
        { select: ["created_at"], order: { created_at: "ASC" }, take: this.maxLoginFailures }
      )
      if (failures.length >= this.maxLoginFailures) {
        const oldest = new Date(failures[0].created_at).getTime()
        const retryAfter = Math.max(1, Math.ceil((oldest + this.loginWindowSeconds * 1000 - Date.now()) / 1000))
        throw new TooManyRequestsError(
          `로그인 시도가 너무 많습니다. ${retryAfter}초 후에 다시 시도해 주세요.`,
          retryAfter
        )
      }
    }
  }

  async recordLoginFailure(keys: string[]): Promise<void> {
    await this.createLoginFailures(keys.map((key) => ({ key })))
  }

  async clearLoginFailures(keys: string[]): Promise<void> {
    const failures = await this.listLoginFailures({ key: keys }, { select: ["id"] })
    if (failures.length) {
      await this.deleteLoginFailures(failures.map((failure) => failure.id))
    }
  }

  /** Deletes revocations of tokens that have expired and failures older than a day past the window. */
  async purgeExpired(now = new Date()): Promise<void> {
    const expired = await this.listRevokedTokens({ expires_at: { $lt: now } }, { select: ["id"], take: null })
    if (expired.length) {
      await this.deleteRevokedTokens(expired.map((row) => row.id))
    }
    const cutoff = new Date(now.getTime() - (this.loginWindowSeconds + 24 * 3600) * 1000)
    const stale = await this.listLoginFailures({ created_at: { $lt: cutoff } }, { select: ["id"], take: null })
    if (stale.length) {
      await this.deleteLoginFailures(stale.map((row) => row.id))
    }
  }
}
