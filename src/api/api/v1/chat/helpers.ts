import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CHAT_MODULE } from "../../../../modules/chat/constants"
import type ChatModuleService from "../../../../modules/chat/service"
import { CHAT_ACTOR_TYPES, type ChatActor, type ChatActorType } from "../../../../modules/chat/types"

/** The caller as a chat participant; the middleware already limited actor types. */
export function chatActor(req: AuthenticatedMedusaRequest<unknown>): ChatActor {
  const { actor_type, actor_id } = req.auth_context
  if (!actor_id || !CHAT_ACTOR_TYPES.includes(actor_type as ChatActorType)) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  return { actor_type: actor_type as ChatActorType, actor_id }
}

export function chatService(req: AuthenticatedMedusaRequest<unknown>): ChatModuleService {
  return req.scope.resolve(CHAT_MODULE)
}
