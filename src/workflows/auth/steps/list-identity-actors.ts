import type { IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorRef } from "../session-end"

export type ListIdentityActorsStepInput = { provider: string; entity_id: string }

export const listIdentityActorsStepId = "list-identity-actors"

/**
 * Every actor that signs in with one login (a provider identity, e.g. an e-mail and password):
 * Medusa keeps them on the auth identity's `app_metadata` as `<actor_type>_id`. One e-mail can be a
 * customer and a seller at once, and a new password is the new password of both.
 */
export const listIdentityActorsStep = createStep(
  listIdentityActorsStepId,
  async (input: ListIdentityActorsStepInput, { container }) => {
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const [providerIdentity] = await auth.listProviderIdentities(
      { provider: input.provider, entity_id: input.entity_id },
      { select: ["auth_identity_id"] }
    )
    if (!providerIdentity?.auth_identity_id) {
      return new StepResponse([] as ActorRef[])
    }
    const identity = await auth.retrieveAuthIdentity(providerIdentity.auth_identity_id, { select: ["app_metadata"] })
    const actors: ActorRef[] = Object.entries(identity.app_metadata ?? {})
      .filter(([key, value]) => key.endsWith("_id") && typeof value === "string" && value.length > 0)
      .map(([key, value]) => ({ actor_type: key.slice(0, -"_id".length), actor_id: value as string }))
    return new StepResponse(actors)
  }
)
