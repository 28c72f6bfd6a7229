import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUTH_GUARD_MODULE, type AuthGuardModuleService } from "../../../modules/auth-guard"

export type RevokeActorTokensStepInput = { actor_type: string; actor_id: string }

export const revokeActorTokensStepId = "revoke-actor-tokens"

/** Ends every session of the actor (all devices); compensation restores the previous cutoff. */
export const revokeActorTokensStep = createStep(
  revokeActorTokensStepId,
  async (input: RevokeActorTokensStepInput, { container }) => {
    const authGuard = container.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
    const previous = await authGuard.revokeActorTokens(input.actor_type, input.actor_id)
    return new StepResponse(undefined, { ...input, previous: previous?.toISOString() ?? null })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const authGuard = container.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
    await authGuard.restoreActorTokens(
      compensation.actor_type,
      compensation.actor_id,
      compensation.previous ? new Date(compensation.previous) : null
    )
  }
)
