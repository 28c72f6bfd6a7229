import type { MedusaRequest } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import { readClaims } from "../../../../../modules/auth-guard/service"
import { EMAILPASS } from "../../../../../workflows/customer/steps/register-customer-identity"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { guardedLogin, loginKeys } from "../../../../utils/login-guard"
import { WRONG_CREDENTIALS } from "../helpers"
import type { PostUserLoginType } from "../validators"

type LoginResponse = {
  access_token: string
  token_type: "Bearer"
  expires_at: string | null
  user_id: string
  /** Set when the account has MFA on: finish with Medusa's `/auth/mfa/challenges/:id/verify`. */
  mfa_required?: boolean
}

/**
 * 사용자 로그인: Medusa's emailpass provider checks the password and Medusa's own token code signs
 * the JWT (same claims as `POST /auth/customer/emailpass`), so the token also works on `/store`.
 * Renew it with Medusa's `POST /auth/token/refresh`. Unknown e-mail and wrong password give the
 * same 401; too many attempts for the account or the client address give 429 with Retry-After
 * (src/api/utils/login-guard.ts).
 */
export const POST = async (req: MedusaRequest<PostUserLoginType>, res: ApiV1Response<LoginResponse>) => {
  const { user_email: email, user_password: password } = req.validatedBody
  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  const { authIdentity, mfaChallenge, customerId } = await guardedLogin(
    req.scope,
    loginKeys("customer", email, req),
    async () => {
      const outcome = await auth.authenticate(EMAILPASS, { body: { email, password } })
      const customerId = outcome.authIdentity?.app_metadata?.customer_id
      const succeeded = outcome.success && !!outcome.authIdentity && typeof customerId === "string"
      return { succeeded, value: { ...outcome, customerId } }
    }
  )
  if (!authIdentity || typeof customerId !== "string") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, WRONG_CREDENTIALS)
  }

  const result = await generateJwtTokenWithChecks(req.scope, {
    authIdentity,
    mfaChallenge,
    actorType: "customer",
    authProvider: EMAILPASS,
  })
  const exp = readClaims(result.token).exp
  sendOk(res, {
    access_token: result.token,
    token_type: "Bearer",
    expires_at: exp ? new Date(exp * 1000).toISOString() : null,
    user_id: customerId,
    ...(result.mfa_required ? { mfa_required: true } : {}),
  })
}
