import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUTH_GUARD_MODULE, nextWholeSecond, type AuthGuardModuleService } from "../../../modules/auth-guard"
import type { ActorRef } from "../session-end"

export type RevokeActorTokensStepInput = { actors: ActorRef[] }

export const revokeActorTokensStepId = "revoke-actor-tokens"

/**
 * Ends every session of the actors (all devices): their "sessions valid from" mark moves to the
 * next whole second, and the step returns only once that second has begun, so a login made after
 * the request returns is never mistaken for one from before it (`nextWholeSecond` explains why).
 * Compensation restores the previous marks.
 */
export const revokeActorTokensStep = createStep(
  revokeActorTokensStepId,
  async (input: RevokeActorTokensStepInput, { container }) => {
    const authGuard = container.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
    const validFrom = nextWholeSecond()
    const previous: (ActorRef & { previous: string | null })[] = []
    for (const actor of input.actors) {
      const replaced = await authGuard.revokeActorTokens(actor.actor_type, actor.actor_id, validFrom)
      previous.push({ ...actor, previous: replaced?.toISOString() ?? null })
    }
    const wait = validFrom.getTime() - Date.now()
    if (wait > 0) {
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
    return new StepResponse({ valid_from: validFrom.toISOString() }, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const authGuard = container.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
    for (const actor of previous) {
      await authGuard.restoreActorTokens(
        actor.actor_type,
        actor.actor_id,
        actor.previous ? new Date(actor.previous) : null
      )
    }
  }
)
