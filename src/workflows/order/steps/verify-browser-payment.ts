import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../modules/order-group"
import { compensatePayment } from "../../payment/utils/compensation"

export type VerifyBrowserPaymentStepInput = { customer_id: string; flow: "keyed" | "v2_browser"; payment_id: string }

export const verifyBrowserPaymentStepId = "verify-browser-payment"

/**
 * Before anything is claimed: a browser (V2) payment must be one Gopang issued to this customer
 * (POST /api/v1/payment/browser). Anyone else's id, or one the client made up, answers 404 and is
 * never touched: Gopang does not cancel payments it did not issue.
 */
export const verifyBrowserPaymentStep = createStep(
  verifyBrowserPaymentStepId,
  async (input: VerifyBrowserPaymentStepInput, { container }) => {
    if (input.flow !== "v2_browser") {
      return new StepResponse(undefined)
    }
    const [issued] = await container
      .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      .listBrowserPayments({ payment_id: input.payment_id, customer_id: input.customer_id }, { select: ["id"] })
    if (!issued) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "payment.paymentId: 발급되지 않은 결제 번호입니다. POST /api/v1/payment/browser로 결제 번호를 발급받아 결제해 주세요.",
        "payment_not_issued"
      )
    }
    return new StepResponse(undefined)
  }
)

export type VoidBrowserPaymentOnFailureStepInput = { flow: "keyed" | "v2_browser"; payment_id: string }

export const voidBrowserPaymentOnFailureStepId = "void-browser-payment-on-failure"

/**
 * Does nothing on the way forward. When a later step of the saga fails (a sale rule, the amount,
 * the stock, anything before or after the payment step), its compensation cancels what is left
 * of the customer's browser payment at PortOne: the shopper paid in the browser before the order
 * existed, and no order will come of it. Runs only after the id was verified as issued to the
 * caller and claimed for this purchase (the previous steps), so it cancels only Gopang's own.
 */
export const voidBrowserPaymentOnFailureStep = createStep(
  voidBrowserPaymentOnFailureStepId,
  async (input: VoidBrowserPaymentOnFailureStepInput) => {
    return new StepResponse(undefined, input.flow === "v2_browser" ? input.payment_id : null)
  },
  async (paymentId, { container }) => {
    if (!paymentId) {
      return
    }
    // Retried and recorded on failure (payment_compensation); never throws past here.
    await compensatePayment(container, { action: "void_browser_payment", reference: paymentId, merchant_uid: paymentId })
  }
)
