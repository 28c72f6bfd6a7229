import type { PaymentDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTONE_CARD_TOKEN_KEY } from "../../../modules/portone/service"

export type AuthorizePortOnePaymentStepInput = {
  payment_session_id: string
  /** An opaque card-vault token (src/modules/portone/lib/card.ts), never the card itself. */
  card_token: string
}

export const authorizePortOnePaymentStepId = "authorize-portone-payment"

/**
 * Charges the card through Medusa's payment module (PortOne approves and acquires at once, so the
 * payment comes back captured). Compensation voids it at PortOne: a charge must never outlive a
 * failed order.
 */
export const authorizePortOnePaymentStep = createStep(
  authorizePortOnePaymentStepId,
  async (input: AuthorizePortOnePaymentStepInput, { container }) => {
    const paymentModule = container.resolve(Modules.PAYMENT)
    let payment: PaymentDTO | null
    try {
      payment = await paymentModule.authorizePaymentSession(input.payment_session_id, {
        [PORTONE_CARD_TOKEN_KEY]: input.card_token,
      })
    } catch (error) {
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED) {
        const [session] = await paymentModule.listPaymentSessions({ id: input.payment_session_id })
        const reason = (session?.data as { fail_reason?: string } | undefined)?.fail_reason
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `결제가 승인되지 않았습니다${reason ? `: ${reason}` : ""}`)
      }
      throw error
    }
    if (!payment) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "결제가 승인되지 않았습니다")
    }
    return new StepResponse(payment, payment.id)
  },
  async (paymentId, { container }) => {
    if (!paymentId) {
      return
    }
    await container.resolve(Modules.PAYMENT).cancelPayment(paymentId)
  }
)
