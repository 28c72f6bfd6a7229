import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeTokenStep } from "../../customer/steps/revoke-token"
import { disconnectChatSocketsStep } from "../steps/disconnect-chat-sockets"
import { revokeActorTokensStep } from "../steps/revoke-actor-tokens"
import type { ActorRef, SessionEndReason } from "../session-end"

export type EndSessionsWorkflowInput = {
  actors: ActorRef[]
  reason: SessionEndReason
  /** The bearer token of the request, if it came with one: also put on the revocation list. */
  token?: string
}

export const endSessionsWorkflowId = "end-sessions"

/**
 * Ends every session of the actors at once: bearer tokens and cookie sessions begun before now
 * are refused (the "sessions valid from" mark), and their open chat sockets are told why and
 * dropped.
 */
export const endSessionsWorkflow = createWorkflow(endSessionsWorkflowId, (input: EndSessionsWorkflowInput) => {
  when("revoke-presented-token", { input }, ({ input }) => !!input.token).then(() => {
    revokeTokenStep({ token: input.token! })
  })
  revokeActorTokensStep({ actors: input.actors })
  disconnectChatSocketsStep({ actors: input.actors, reason: input.reason })
  return new WorkflowResponse(input.actors)
})
