import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../modules/order-group"

export type RegisterSessionPaymentStepInput = { customer_id: string; payment_id: string; amount: number }

export const registerSessionPaymentStepId = "register-session-payment"

/**
 * A store cart's browser payment is paid under the id the PortOne provider issued for the cart's
 * payment session (checked by the previous step): it is recorded as issued to the cart's owner, as
 * `POST /api/v1/payment/browser` records its own, so the saga treats both alike. Compensation
 * forgets a record this step made.
 */
export const registerSessionPaymentStep = createStep(
  registerSessionPaymentStepId,
  async (input: RegisterSessionPaymentStepInput | null, { container }) => {
    if (!input) {
      // A keyed card payment: Gopang makes its merchant_uid itself.
      return new StepResponse(undefined, null)
    }
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [known] = await service.listBrowserPayments({ payment_id: input.payment_id })
    if (known) {
      if (known.customer_id !== input.customer_id) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "결제 정보를 찾을 수 없습니다.")
      }
      return new StepResponse(undefined, null)
    }
    const created = await service.createBrowserPayments(input)
    return new StepResponse(undefined, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).deleteBrowserPayments(id)
    }
  }
)
