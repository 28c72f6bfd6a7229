import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { ConsentActorType, type RecordConsentsInput } from "../../../modules/terms"
import { recordConsentsStep } from "../../terms/steps/record-consents"
import { validateRequiredConsentsStep } from "../../terms/steps/validate-required-consents"
import { SellerEvents } from "../events"
import { adoptSellerAuthIdentityStep } from "../steps/adopt-seller-auth-identity"
import { createSellerStep } from "../steps/create-seller"
import type { AgreementInput, DeliveryPolicyInput, ReturnPolicyInput, SellerProfileInput } from "../types"

export type CreateSellerAccountWorkflowInput = {
  auth_identity_id: string
  /** Whether the join registered the identity (false when an existing customer becomes a seller). */
  auth_identity_created: boolean
  email: string
  seller: SellerProfileInput
  delivery_policy: DeliveryPolicyInput
  return_policy: ReturnPolicyInput
  /** Answers to the seller agreements in force (판매이용약관, 개인정보 처리방침, …). */
  agreements: AgreementInput[]
  ip?: string | null
  user_agent?: string | null
}

export const createSellerAccountWorkflowId = "create-seller-account"

/**
 * 판매자 회원가입: checks the required seller terms, creates a pending seller with its policies,
 * attaches it to the e-mail/password identity as actor type `seller` (app_metadata.seller_id)
 * and records one consent row per seller agreement in force (unanswered optional ones as
 * declined). Any failure compensates every step before it.
 */
export const createSellerAccountWorkflow = createWorkflow(
  createSellerAccountWorkflowId,
  (input: CreateSellerAccountWorkflowInput) => {
    const agreements = validateRequiredConsentsStep({ actor_type: ConsentActorType.SELLER, terms: input.agreements })
    const authIdentityId = adoptSellerAuthIdentityStep({
      auth_identity_id: input.auth_identity_id,
      created: input.auth_identity_created,
    })
    const seller = createSellerStep({
      email: input.email,
      seller: input.seller,
      delivery_policy: input.delivery_policy,
      return_policy: input.return_policy,
    })
    recordConsentsStep(
      transform({ input, agreements, seller }, ({ input, agreements, seller }): RecordConsentsInput => {
        const agreed = new Set(input.agreements.filter((answer) => answer.agreed).map((answer) => answer.code))
        return {
          actor_type: ConsentActorType.SELLER,
          actor_id: seller.id,
          terms: agreements.map((term) => ({ code: term.code, version: term.version, agreed: agreed.has(term.code) })),
          ip: input.ip,
          user_agent: input.user_agent,
        }
      })
    )
    setAuthAppMetadataStep({ authIdentityId, actorType: "seller", value: seller.id })
    emitEventStep({
      eventName: SellerEvents.CREATED,
      data: transform({ seller }, ({ seller }) => ({ id: seller.id })),
    })
    return new WorkflowResponse(seller)
  }
)
