import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../events"
import { adoptSellerAuthIdentityStep } from "../steps/adopt-seller-auth-identity"
import { createSellerStep } from "../steps/create-seller"
import { recordSellerConsentsStep } from "../steps/record-seller-consents"
import { validateSellerAgreementsStep } from "../steps/validate-seller-agreements"
import type { AgreementInput, DeliveryPolicyInput, ReturnPolicyInput, SellerProfileInput } from "../types"

export type CreateSellerAccountWorkflowInput = {
  auth_identity_id: string
  /** Whether the join registered the identity (false when an existing customer becomes a seller). */
  auth_identity_created: boolean
  email: string
  seller: SellerProfileInput
  delivery_policy: DeliveryPolicyInput
  return_policy: ReturnPolicyInput
  agreements: AgreementInput[]
}

export const createSellerAccountWorkflowId = "create-seller-account"

/**
 * 판매자 회원가입: a pending seller with its policies, attached to the e-mail/password identity
 * as actor type `seller` (app_metadata.seller_id), with its terms consents recorded.
 */
export const createSellerAccountWorkflow = createWorkflow(
  createSellerAccountWorkflowId,
  (input: CreateSellerAccountWorkflowInput) => {
    validateSellerAgreementsStep(input.agreements)
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
    recordSellerConsentsStep({ seller_id: seller.id, agreements: input.agreements })
    setAuthAppMetadataStep({ authIdentityId, actorType: "seller", value: seller.id })
    emitEventStep({
      eventName: SellerEvents.CREATED,
      data: transform({ seller }, ({ seller }) => ({ id: seller.id })),
    })
    return new WorkflowResponse(seller)
  }
)
