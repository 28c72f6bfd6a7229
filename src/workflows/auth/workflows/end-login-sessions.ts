import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { disconnectChatSocketsStep } from "../steps/disconnect-chat-sockets"
import { listIdentityActorsStep } from "../steps/list-identity-actors"
import { revokeActorTokensStep } from "../steps/revoke-actor-tokens"
import type { SessionEndReason } from "../session-end"

export type EndLoginSessionsWorkflowInput = { provider: string; entity_id: string; reason: SessionEndReason }

export const endLoginSessionsWorkflowId = "end-login-sessions"

/**
 * After a password change: every actor signing in with that login (a customer and a seller can
 * share one e-mail) loses every session, on every device.
 */
export const endLoginSessionsWorkflow = createWorkflow(
  endLoginSessionsWorkflowId,
  (input: EndLoginSessionsWorkflowInput) => {
    const actors = listIdentityActorsStep({ provider: input.provider, entity_id: input.entity_id })
    revokeActorTokensStep({ actors })
    disconnectChatSocketsStep({ actors, reason: input.reason })
    return new WorkflowResponse(actors)
  }
)
