import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../modules/order-group"
import { portOneV2 } from "../utils/portone-v2"

export type IssueBrowserPaymentStepInput = { customer_id: string; amount: number }
export type IssuedBrowserPayment = { payment_id: string; amount: number; store_id: string | null; channel_key: string | null }

export const issueBrowserPaymentStepId = "create-browser-payment"

/**
 * A new PortOne V2 paymentId for the caller (`bp` + time + randomness: alphanumeric, 28
 * characters, never one of the `gp…` ids derived from payment sessions), recorded as theirs and
 * pre-registered with PortOne at the confirmed amount, so the payment window refuses any other.
 * Compensation forgets the id (a pre-registration alone charges nothing).
 */
export const issueBrowserPaymentStep = createStep(
  issueBrowserPaymentStepId,
  async (input: IssueBrowserPaymentStepInput, { container }) => {
    const portOne = portOneV2()
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const paymentId = `bp${Date.now().toString(36)}${randomBytes(9).toString("hex")}`
    const issued = await service.createBrowserPayments({ payment_id: paymentId, customer_id: input.customer_id, amount: input.amount })
    await portOne.client.preRegister(paymentId, input.amount)
    return new StepResponse<IssuedBrowserPayment, string>(
      { payment_id: paymentId, amount: input.amount, store_id: portOne.storeId ?? null, channel_key: portOne.channelKey ?? null },
      issued.id
    )
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).deleteBrowserPayments(id)
    }
  }
)
