import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUTH_GUARD_MODULE, type AuthGuardModuleService, type LoginKeys } from "../../modules/auth-guard"

/**
 * The client's address for login limits. Without TRUST_PROXY it is the connecting socket's; behind
 * a load balancer set TRUST_PROXY to the number of proxies in front of Gopang (e.g. 1), and the
 * address that the outermost trusted proxy saw is taken from X-Forwarded-For. A client cannot
 * choose its address by sending that header itself: entries beyond the trusted hops are ignored.
 */
export function clientAddress(req: MedusaRequest, env: NodeJS.ProcessEnv = process.env): string {
  const socketAddress = req.socket?.remoteAddress ?? req.ip ?? "unknown"
  const hops = Number(env.TRUST_PROXY ?? 0)
  if (!Number.isInteger(hops) || hops <= 0) {
    return socketAddress
  }
  const header = req.headers["x-forwarded-for"]
  const forwarded = (Array.isArray(header) ? header.join(",") : header ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
  // [client, proxy1, …] + the socket: the last `hops` addresses are our own proxies.
  const chain = [...forwarded, socketAddress]
  return chain[Math.max(0, chain.length - 1 - hops)] ?? socketAddress
}

/** What one login is counted against: "<actor>:<e-mail>" and the client address. */
export function loginKeys(actor: string, email: string, req?: MedusaRequest): LoginKeys {
  return { account: `${actor}:${email.trim().toLowerCase()}`, address: req ? clientAddress(req) : undefined }
}

/**
 * Runs a password check under the login limits: the attempt is counted first (429 when over a
 * limit), then settled by the check's outcome.
 */
export async function guardedLogin<T>(
  scope: MedusaContainer,
  keys: LoginKeys,
  check: () => Promise<{ succeeded: boolean; value: T }>
): Promise<T> {
  const authGuard = scope.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
  await authGuard.claimLoginAttempt(keys)
  const { succeeded, value } = await check()
  await authGuard.settleLoginAttempt(keys, succeeded)
  return value
}

/** Actor types whose `/auth/:actor/:provider` routes Medusa serves for Gopang. */
function authActors(scope: MedusaContainer): string[] {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return [...new Set(["customer", "user", ...Object.keys(config.projectConfig.http.authMethodsPerActor ?? {})])]
}

/**
 * The same limits on Medusa's own login and registration routes
 * (`POST /auth/:actor/:provider[/register]`) for every actor: otherwise they would be a way
 * around the limits of the /api/v1 logins. The outcome is read from the status Medusa answers.
 */
export async function guardAuthRoutes(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // "/auth/<actor>/<provider>[/register]"; "/auth/token/refresh" and "/auth/session" are no actors.
  const actor = req.params?.actor_type ?? req.originalUrl.split("?")[0].split("/")[2]
  if (!authActors(req.scope).includes(actor)) {
    return next()
  }
  const body = (req.body ?? {}) as { email?: unknown }
  const keys = typeof body.email === "string" && body.email ? loginKeys(actor, body.email, req) : { address: clientAddress(req) }
  const authGuard = req.scope.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
  try {
    await authGuard.claimLoginAttempt(keys)
  } catch (error) {
    return next(error)
  }
  // Settle before the answer leaves, so that the next attempt already sees it.
  const json = res.json.bind(res)
  res.json = ((payload: unknown) => {
    authGuard
      .settleLoginAttempt(keys, res.statusCode >= 200 && res.statusCode < 300)
      .catch((error: Error) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(error))
      .finally(() => json(payload))
    return res
  }) as MedusaResponse["json"]
  next()
}
