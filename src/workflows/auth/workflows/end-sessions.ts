import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeTokenStep } from "../../customer/steps/revoke-token"
import { revokeActorTokensStep } from "../steps/revoke-actor-tokens"

export type EndSessionsWorkflowInput = { token: string; actor_type: string; actor_id: string }

export const endSessionsWorkflowId = "end-sessions"

/** The presented token and every other token the actor holds stop working at once. */
export const endSessionsWorkflow = createWorkflow(endSessionsWorkflowId, (input: EndSessionsWorkflowInput) => {
  revokeTokenStep({ token: input.token })
  revokeActorTokensStep({ actor_type: input.actor_type, actor_id: input.actor_id })
  return new WorkflowResponse(input.actor_id)
})
