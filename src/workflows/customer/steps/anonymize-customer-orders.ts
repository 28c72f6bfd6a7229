import type { IOrderModuleService, OrderAddressDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ANONYMIZED_ADDRESS, anonymizedEmail, personalAddressFields, type PersonalAddressFields } from "../anonymize"

export type AnonymizeCustomerOrdersStepInput = { customer_id: string }

type AddressSnapshot = Pick<OrderAddressDTO, "id"> & PersonalAddressFields

export const anonymizeCustomerOrdersStepId = "anonymize-customer-orders"

/**
 * Orders stay (sellers and the law need them) but stop showing the person: the order e-mail and
 * the names, phone numbers and street lines of its addresses are replaced. Compensation restores them.
 */
export const anonymizeCustomerOrdersStep = createStep(
  anonymizeCustomerOrdersStepId,
  async (input: AnonymizeCustomerOrdersStepInput, { container }) => {
    const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
    const list = await orders.listOrders(
      { customer_id: input.customer_id },
      { select: ["id", "email"], relations: ["shipping_address", "billing_address"], take: null }
    )
    const addresses = new Map<string, AddressSnapshot>()
    for (const order of list) {
      for (const address of [order.shipping_address, order.billing_address]) {
        if (address?.id) {
          addresses.set(address.id, { id: address.id, ...personalAddressFields(address) })
        }
      }
    }
    const snapshot = {
      orders: list.map((order) => ({ id: order.id, email: order.email ?? undefined })),
      addresses: [...addresses.values()],
    }
    if (list.length) {
      await orders.updateOrders(list.map((order) => ({ id: order.id, email: anonymizedEmail(input.customer_id) })))
    }
    if (snapshot.addresses.length) {
      await orders.updateOrderAddresses(snapshot.addresses.map(({ id }) => ({ id, ...ANONYMIZED_ADDRESS })))
    }
    return new StepResponse(undefined, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
    if (snapshot.orders.length) {
      await orders.updateOrders(snapshot.orders)
    }
    if (snapshot.addresses.length) {
      await orders.updateOrderAddresses(snapshot.addresses)
    }
  }
)
