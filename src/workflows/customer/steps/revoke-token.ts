import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUTH_GUARD_MODULE, type AuthGuardModuleService } from "../../../modules/auth-guard"
import { hashToken } from "../../../modules/auth-guard/service"

export type RevokeTokenStepInput = { token: string }

export const revokeTokenStepId = "revoke-token"

/** Puts a bearer token on the revocation list; compensation takes it off again if this step put it there. */
export const revokeTokenStep = createStep(
  revokeTokenStepId,
  async (input: RevokeTokenStepInput, { container }) => {
    const authGuard = container.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
    const alreadyRevoked = await authGuard.isTokenRevoked(input.token)
    await authGuard.revokeToken(input.token)
    return new StepResponse(undefined, alreadyRevoked ? undefined : hashToken(input.token))
  },
  async (tokenHash, { container }) => {
    if (!tokenHash) {
      return
    }
    const authGuard = container.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
    const rows = await authGuard.listRevokedTokens({ token_hash: tokenHash }, { select: ["id"] })
    if (rows.length) {
      await authGuard.deleteRevokedTokens(rows.map((row) => row.id))
    }
  }
)
