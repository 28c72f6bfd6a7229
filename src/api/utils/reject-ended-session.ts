import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { AUTH_GUARD_MODULE, type AuthGuardModuleService } from "../../modules/auth-guard"
import { SessionEndReason } from "../../workflows/auth/session-end"
import { endSessionsWorkflow } from "../../workflows/auth/workflows/end-sessions"

/** What Medusa's `/auth/session` keeps in an express-session (plus our creation stamp). */
type CookieSession = {
  auth_context?: { actor_type?: string; actor_id?: string }
  /** ms since the epoch, when `POST /auth/session` established it (`stampSessionCreation`). */
  established_at?: number
  regenerate(callback: (error?: unknown) => void): void
}

function cookieSession(req: MedusaRequest): CookieSession | undefined {
  return req.session as CookieSession | undefined
}

/**
 * Stamps a cookie session with the time its `POST /auth/session` arrived, in ms: JWTs only know
 * whole seconds, a session can do better. The arrival (not the answer) time is the stamp, so a
 * session established while a password change is under way counts as older than its mark.
 * Set just before the answer is written, when express-session saves the session.
 */
export function stampSessionCreation(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const arrivedAt = Date.now()
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const session = cookieSession(req)
    if (res.statusCode < 300 && session?.auth_context?.actor_id) {
      session.established_at = arrivedAt
    }
    return json(body)
  }
  next()
}

/**
 * Medusa's sign-in routes (`/auth/:actor_type/:auth_provider` and its `register`, `callback`,
 * `reset-password`, `update`); not the ones that authenticate with the session itself
 * (`/auth/session`, `/auth/token/refresh`, `/auth/mfa/*`, `/auth/verification/*`).
 */
const SIGN_IN_PATH = /^\/auth\/(?!token\/|mfa\/|verification\/)[^/]+\/[^/]+(\/(register|callback|reset-password|update))?$/

/**
 * Refuses (401) and destroys a cookie session established before its actor's "sessions valid
 * from" mark (password change, logout, secession), on every API surface. Signing in again never
 * stumbles on an ended cookie: a sign-in route, or a request that brings its own bearer token
 * (`POST /auth/session` with a new token, an app beside an old browser cookie), goes on with a
 * clean session instead, the token judged on its own (`rejectRevokedToken`).
 */
export async function rejectEndedSession(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const session = cookieSession(req)
  const actor = session?.auth_context
  if (!session || !actor?.actor_type || !actor.actor_id) {
    return next()
  }
  try {
    const authGuard = req.scope.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
    if (!(await authGuard.isSessionEnded(actor.actor_type, actor.actor_id, session.established_at))) {
      return next()
    }
    await new Promise<void>((resolve, reject) => session.regenerate((error) => (error ? reject(error) : resolve())))
  } catch (error) {
    return next(error)
  }
  const path = req.originalUrl.split("?")[0]
  if (req.headers.authorization?.toLowerCase().startsWith("bearer ") || SIGN_IN_PATH.test(path)) {
    return next()
  }
  next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "세션(쿠키)이 로그아웃되었거나 만료되었습니다. 다시 로그인해 주세요."))
}

/**
 * 로그아웃 through Medusa's `DELETE /auth/session`: before Medusa destroys this session, every
 * session of the account ends (other devices' cookies, bearer tokens, chat sockets).
 */
export async function endSessionsOnLogout(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actor = cookieSession(req)?.auth_context
  if (!actor?.actor_type || !actor.actor_id) {
    return next()
  }
  try {
    await endSessionsWorkflow(req.scope).run({
      input: {
        actors: [{ actor_type: actor.actor_type, actor_id: actor.actor_id }],
        reason: SessionEndReason.LOGGED_OUT,
      },
    })
  } catch (error) {
    return next(error)
  }
  next()
}
