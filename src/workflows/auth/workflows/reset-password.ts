import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EMAILPASS } from "../../customer/steps/register-customer-identity"
import { updateCustomerPasswordStep } from "../../customer/steps/update-customer-password"
import { SessionEndReason } from "../session-end"
import { endLoginSessionsWorkflow } from "./end-login-sessions"

export type ResetPasswordWorkflowInput = { email: string; password: string }

export const resetPasswordWorkflowId = "reset-password"

/**
 * Medusa's reset flow (`POST /auth/:actor_type/emailpass/update` with a reset token), for every
 * actor type: the new password is set, then every session of every actor on that login ends.
 * If ending them fails, the old password is put back.
 */
export const resetPasswordWorkflow = createWorkflow(resetPasswordWorkflowId, (input: ResetPasswordWorkflowInput) => {
  updateCustomerPasswordStep({ email: input.email, password: input.password })
  endLoginSessionsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      provider: EMAILPASS,
      entity_id: input.email,
      reason: SessionEndReason.PASSWORD_CHANGED,
    })),
  })
  return new WorkflowResponse(input.email)
})
