import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { ConsentActorType } from "../../../modules/terms"
import { withdrawAllConsentsStep } from "../../terms/steps/withdraw-all-consents"
import { anonymizeCustomerOrdersStep } from "../steps/anonymize-customer-orders"
import { anonymizeCustomerStep } from "../steps/anonymize-customer"
import { disconnectChatSocketsStep } from "../../auth/steps/disconnect-chat-sockets"
import { revokeActorTokensStep } from "../../auth/steps/revoke-actor-tokens"
import { SessionEndReason } from "../../auth/session-end"
import { revokeTokenStep } from "../steps/revoke-token"

export type SecedeCustomerWorkflowInput = {
  customer_id: string
  /** The bearer token of the request, revoked at the end. */
  token: string
  ip?: string | null
  user_agent?: string | null
}

export const secedeCustomerWorkflowId = "secede-customer"

/**
 * 회원 탈퇴: orders and the customer are anonymized, then Medusa's own account removal
 * soft-deletes the customer and deletes the auth identity (or only detaches the customer when
 * the identity also belongs to a seller), so the e-mail can join again. Every agreement in force
 * gets a withdrawal row. Orders, reviews and the consent history stay, pointing at an anonymous,
 * deleted customer. Every session of the customer ends last: bearer tokens, cookie sessions and
 * open chat sockets (told why, then dropped).
 */
export const secedeCustomerWorkflow = createWorkflow(secedeCustomerWorkflowId, (input: SecedeCustomerWorkflowInput) => {
  anonymizeCustomerOrdersStep({ customer_id: input.customer_id })
  anonymizeCustomerStep({ customer_id: input.customer_id })
  withdrawAllConsentsStep({
    actor_type: ConsentActorType.CUSTOMER,
    actor_id: input.customer_id,
    ip: input.ip,
    user_agent: input.user_agent,
  })
  removeCustomerAccountWorkflow.runAsStep({ input: { customerId: input.customer_id } })
  revokeTokenStep({ token: input.token })
  // Every other device's token too, so nothing keeps working for a person who has left.
  const actors = transform({ input }, ({ input }) => [{ actor_type: "customer", actor_id: input.customer_id }])
  revokeActorTokensStep({ actors })
  disconnectChatSocketsStep({ actors, reason: SessionEndReason.SECEDED })
  return new WorkflowResponse(input.customer_id)
})
