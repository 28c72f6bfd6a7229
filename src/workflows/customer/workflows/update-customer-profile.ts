import type { CustomerUpdatableFields } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCustomerAddressesWorkflow,
  updateCustomerAddressesWorkflow,
  updateCustomersWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { SessionEndReason } from "../../auth/session-end"
import { endLoginSessionsWorkflow } from "../../auth/workflows/end-login-sessions"
import { EMAILPASS } from "../steps/register-customer-identity"
import { updateCustomerPasswordStep } from "../steps/update-customer-password"
import type { CustomerAddressInput } from "./join-customer"

export type UpdateCustomerProfileWorkflowInput = {
  customer_id: string
  name?: string
  phone?: string
  address?: Partial<CustomerAddressInput>
  /** Already checked against the current password by the caller. */
  password?: { email: string; new_password: string }
}

type CustomerWithAddresses = {
  first_name: string | null
  phone: string | null
  addresses?: ({ id: string; is_default_shipping: boolean } | null)[]
}

export const updateCustomerProfileWorkflowId = "update-customer-profile"

/**
 * 회원정보 수정: name and phone on the customer, postal code and address lines on the default
 * address (created when the customer has none yet), and the password through the auth provider.
 * Each part runs only when given; a failure in a later part undoes the earlier ones. A new
 * password ends every session of the login (bearer tokens, cookie sessions, chat sockets).
 */
export const updateCustomerProfileWorkflow = createWorkflow(
  updateCustomerProfileWorkflowId,
  (input: UpdateCustomerProfileWorkflowInput) => {
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "first_name", "phone", "addresses.id", "addresses.is_default_shipping"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    })

    const plan = transform({ input, customers }, ({ input, customers }) => {
      const customer: CustomerWithAddresses = customers[0]
      const update: CustomerUpdatableFields = {}
      if (input.name !== undefined) {
        update.first_name = input.name
      }
      if (input.phone !== undefined) {
        update.phone = input.phone
      }
      const defaultAddress = (customer.addresses ?? []).find((address) => address?.is_default_shipping)
      return {
        update: Object.keys(update).length ? update : null,
        address: input.address ?? null,
        default_address_id: defaultAddress?.id ?? null,
        name: input.name ?? customer.first_name ?? null,
        phone: input.phone ?? customer.phone ?? null,
      }
    })

    when("update-customer-fields", { plan }, ({ plan }) => !!plan.update).then(() => {
      updateCustomersWorkflow.runAsStep({
        input: transform({ input, plan }, ({ input, plan }) => ({
          selector: { id: input.customer_id },
          update: plan.update ?? {},
        })),
      })
    })

    when("update-default-address", { plan }, ({ plan }) => !!plan.address && !!plan.default_address_id).then(() => {
      updateCustomerAddressesWorkflow.runAsStep({
        input: transform({ input, plan }, ({ input, plan }) => ({
          selector: { id: plan.default_address_id!, customer_id: input.customer_id },
          update: { ...plan.address },
        })),
      })
    })

    when("create-default-address", { plan }, ({ plan }) => !!plan.address && !plan.default_address_id).then(() => {
      createCustomerAddressesWorkflow.runAsStep({
        input: transform({ input, plan }, ({ input, plan }) => ({
          addresses: [
            {
              ...plan.address,
              customer_id: input.customer_id,
              address_name: "기본 배송지",
              first_name: plan.name,
              phone: plan.phone,
              country_code: "kr",
              is_default_shipping: true,
              is_default_billing: true,
            },
          ],
        })),
      })
    })

    when("change-password", { input }, ({ input }) => !!input.password).then(() => {
      updateCustomerPasswordStep(
        transform({ input }, ({ input }) => ({ email: input.password!.email, password: input.password!.new_password }))
      )
      // A new password ends every session of the login (this device's too), last so that a
      // failure before it leaves the old password and the sessions as they were.
      endLoginSessionsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          provider: EMAILPASS,
          entity_id: input.password!.email,
          reason: SessionEndReason.PASSWORD_CHANGED,
        })),
      })
    })

    return new WorkflowResponse(input.customer_id)
  }
)
