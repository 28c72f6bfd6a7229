import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { AUTH_GUARD_MODULE } from "../../modules/auth-guard"
import type AuthGuardModuleService from "../../modules/auth-guard/service"

/**
 * Refuses a bearer token that was revoked (logout, secession), on every API surface: a logged-out
 * token must stop working for Medusa's own routes too, not only for /api/v1.
 */
export async function rejectRevokedToken(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const header = req.headers.authorization
  if (!header?.toLowerCase().startsWith("bearer ")) {
    return next()
  }
  const token = header.slice(7).trim()
  // Secret API keys (sk_…) are not JWTs and are revoked through Medusa's API key module.
  if (token.split(".").length !== 3) {
    return next()
  }
  const authGuard = req.scope.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
  if (await authGuard.isTokenRevoked(token)) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "로그아웃되었거나 만료된 인증 정보입니다."))
  }
  next()
}
