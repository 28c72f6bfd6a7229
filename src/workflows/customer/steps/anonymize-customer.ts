import type { CustomerAddressDTO, CustomerDTO, ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ANONYMIZED_ADDRESS,
  ANONYMIZED_NAME,
  anonymizedEmail,
  personalAddressFields,
  type PersonalAddressFields,
} from "../anonymize"

export type AnonymizeCustomerStepInput = { customer_id: string }

type CustomerSnapshot = Pick<CustomerDTO, "email" | "first_name" | "last_name" | "phone" | "company_name">
type AddressSnapshot = Pick<CustomerAddressDTO, "id" | "address_name" | "postal_code"> & PersonalAddressFields

export const anonymizeCustomerStepId = "anonymize-customer"

/**
 * Replaces a customer's name, e-mail, phone and every saved address with placeholders.
 * Compensation writes the snapshot back.
 */
export const anonymizeCustomerStep = createStep(
  anonymizeCustomerStepId,
  async (input: AnonymizeCustomerStepInput, { container }) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(input.customer_id, { relations: ["addresses"] })
    const snapshot: { id: string; customer: CustomerSnapshot; addresses: AddressSnapshot[] } = {
      id: customer.id,
      customer: {
        email: customer.email,
        first_name: customer.first_name,
        last_name: customer.last_name,
        phone: customer.phone,
        company_name: customer.company_name,
      },
      addresses: (customer.addresses ?? []).map((address) => ({
        id: address.id,
        address_name: address.address_name,
        postal_code: address.postal_code,
        ...personalAddressFields(address),
      })),
    }
    await customers.updateCustomers(customer.id, {
      email: anonymizedEmail(customer.id),
      first_name: ANONYMIZED_NAME,
      last_name: null,
      phone: null,
      company_name: null,
    })
    if (snapshot.addresses.length) {
      await customers.updateCustomerAddresses(
        snapshot.addresses.map((address) => address.id),
        { ...ANONYMIZED_ADDRESS, address_name: null, postal_code: null }
      )
    }
    return new StepResponse(undefined, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    await customers.updateCustomers(snapshot.id, snapshot.customer)
    for (const { id, ...address } of snapshot.addresses) {
      await customers.updateCustomerAddresses(id, address)
    }
  }
)
