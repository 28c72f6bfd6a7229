import type { MedusaContainer, PaymentDTO, PaymentProviderContext } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTONE_PROVIDER_ID } from "../../../modules/portone"
import { PORTONE_CARD_TOKEN_KEY, PORTONE_SHARE_CONTEXT_KEY, type PortOneShareContext } from "../../../modules/portone/service"
import { compensatePayment } from "../../payment/utils/compensation"
import { faultAfterCharge } from "../utils/crash-fault"
import type { SellerCart } from "./create-seller-carts"

export type AuthorizeOrderPaymentStepInput = {
  merchant_uid: string
  flow: "keyed" | "v2_browser"
  /** Card-vault token for keyed payments (never the card itself). */
  card_token?: string
  carts: SellerCart[]
}

export type SellerOrderPayment = {
  cart_id: string
  payment_collection_id: string
  payment_id: string
  capture_ids: string[]
  amount: number
}

type Created = { collection_ids: string[]; payment_ids: string[]; merchant_uid?: string }

export const authorizeOrderPaymentStepId = "authorize-order-payment"

/**
 * Voids what this step charged. Every share is tried even when one fails (cancelling the first
 * voids the PortOne payment; the others then find it cancelled); a failure is retried and
 * recorded (payment_compensation), and the collections of payments still to void are kept so
 * the retry job can find them.
 */
async function undo(container: MedusaContainer, created: Created): Promise<void> {
  const payments = container.resolve(Modules.PAYMENT)
  const pending: string[] = []
  for (const [index, paymentId] of created.payment_ids.entries()) {
    const done = await compensatePayment(container, { action: "cancel_payment", reference: paymentId, merchant_uid: created.merchant_uid })
    if (!done) {
      pending.push(created.collection_ids[index])
    }
  }
  const removable = created.collection_ids.filter((id) => !pending.includes(id))
  if (removable.length) {
    await payments.deletePaymentCollections(removable)
  }
}

/**
 * Step 4: one PortOne charge for the whole purchase, recorded in Medusa as one captured payment
 * per seller order (each a share of it), so every seller order can be refunded on its own.
 * The first share charges the card (or verifies the browser's V2 payment); the others verify
 * that PortOne holds the purchase total. Compensation voids the charge at PortOne.
 */
export const authorizeOrderPaymentStep = createStep(
  authorizeOrderPaymentStepId,
  async (input: AuthorizeOrderPaymentStepInput, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const total = input.carts.reduce((sum, cart) => sum + cart.total, 0)
    const created: Created = { collection_ids: [], payment_ids: [], merchant_uid: input.merchant_uid }
    const result: SellerOrderPayment[] = []
    try {
      for (const [index, cart] of input.carts.entries()) {
        const [collection] = await payments.createPaymentCollections([{ currency_code: "krw", amount: cart.total }])
        created.collection_ids.push(collection.id)
        const session = await payments.createPaymentSession(collection.id, {
          provider_id: PORTONE_PROVIDER_ID,
          currency_code: "krw",
          amount: cart.total,
          data: {},
          // The share travels in the context, which no store API caller can set (its data can be).
          context: {
            [PORTONE_SHARE_CONTEXT_KEY]: { flow: input.flow, merchant_uid: input.merchant_uid, group_total: total } satisfies PortOneShareContext,
          } as PaymentProviderContext,
        })
        let payment: PaymentDTO | null = null
        try {
          payment = await payments.authorizePaymentSession(
            session.id,
            index === 0 && input.card_token ? { [PORTONE_CARD_TOKEN_KEY]: input.card_token } : {}
          )
        } catch (error) {
          const [failed] = await payments.listPaymentSessions({ id: session.id })
          const reason = (failed?.data as { fail_reason?: string } | undefined)?.fail_reason
          if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED) {
            throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `결제가 승인되지 않았습니다${reason ? `: ${reason}` : ""}`, "payment_declined")
          }
          throw error
        }
        if (!payment) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "결제가 승인되지 않았습니다", "payment_declined")
        }
        created.payment_ids.push(payment.id)
        const [withCaptures] = await payments.listPayments({ id: payment.id }, { relations: ["captures"] })
        result.push({
          cart_id: cart.cart_id,
          payment_collection_id: collection.id,
          payment_id: payment.id,
          capture_ids: (withCaptures?.captures ?? []).map((capture) => capture.id),
          amount: cart.total,
        })
      }
    } catch (error) {
      // A step that throws is not compensated: void what this one charged before failing.
      await undo(container, created)
      throw error
    }
    // Test only (off unless two variables are set, see crash-fault.ts): die here, charged, no orders.
    faultAfterCharge(input.merchant_uid)
    return new StepResponse(result, created)
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    await undo(container, created)
  }
)
