import type { CreateCustomerDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { ConsentActorType, type RecordConsentsInput } from "../../../modules/terms"
import { recordConsentsStep } from "../../terms/steps/record-consents"
import { validateRequiredConsentsStep } from "../../terms/steps/validate-required-consents"
import { registerCustomerIdentityStep } from "../steps/register-customer-identity"

export type CustomerAddressInput = {
  postal_code: string
  address_1: string
  address_2: string
}

export type JoinCustomerWorkflowInput = {
  email: string
  password: string
  name: string
  phone: string
  address: CustomerAddressInput
  /** Codes of the terms the person agreed to; other optional agreements are recorded as declined. */
  agreed_codes: string[]
  ip?: string | null
  user_agent?: string | null
}

export const joinCustomerWorkflowId = "join-customer"

/**
 * 회원가입: checks the required terms, creates the emailpass identity, the Medusa customer with a
 * default address (Medusa's own account workflow, which also links the identity), and one consent
 * row per customer agreement in force. Any failure compensates every step before it.
 */
export const joinCustomerWorkflow = createWorkflow(joinCustomerWorkflowId, (input: JoinCustomerWorkflowInput) => {
  const answers = transform({ input }, ({ input }) => input.agreed_codes.map((code) => ({ code, agreed: true })))
  const agreements = validateRequiredConsentsStep({ actor_type: ConsentActorType.CUSTOMER, terms: answers })

  const identity = registerCustomerIdentityStep({ email: input.email, password: input.password })

  const customerData = transform({ input }, ({ input }): CreateCustomerDTO => ({
    email: input.email,
    first_name: input.name,
    phone: input.phone,
    addresses: [
      {
        address_name: "기본 배송지",
        first_name: input.name,
        phone: input.phone,
        postal_code: input.address.postal_code,
        address_1: input.address.address_1,
        address_2: input.address.address_2,
        country_code: "kr",
        is_default_shipping: true,
        is_default_billing: true,
      },
    ],
  }))
  const customer = createCustomerAccountWorkflow.runAsStep({
    input: { authIdentityId: identity.auth_identity_id, customerData },
  })

  const consentInput = transform({ input, agreements, customer }, ({ input, agreements, customer }): RecordConsentsInput => ({
    actor_type: ConsentActorType.CUSTOMER,
    actor_id: customer.id,
    terms: agreements.map((term) => ({
      code: term.code,
      version: term.version,
      agreed: input.agreed_codes.includes(term.code),
    })),
    ip: input.ip,
    user_agent: input.user_agent,
  }))
  const consents = recordConsentsStep(consentInput)

  return new WorkflowResponse({ customer, consents })
})
