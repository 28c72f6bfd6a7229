import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { depositCard, discardCard } from "../../../../../modules/portone/lib/card"
import { payCartWorkflow, payOrderWorkflow } from "../../../../../workflows/payment"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { loadPaymentDetail, type PaymentDetail } from "../detail"
import type { PayBody } from "../validators"

/**
 * `POST /api/v1/payment/pay`: a keyed card payment for the caller's cart (which becomes an
 * order) or for the caller's order that is still unpaid.
 */
export async function POST(req: AuthenticatedMedusaRequest<PayBody>, res: ApiV1Response<PaymentDetail>) {
  const customerId = req.auth_context.actor_id
  const { cartId, orderId, amount, card } = req.validatedBody
  // The card stays in this process's memory; workflows (which are persisted) see only a token.
  const cardToken = depositCard(card)
  try {
    const { result } = cartId
      ? await payCartWorkflow(req.scope).run({ input: { cart_id: cartId, customer_id: customerId, amount, card_token: cardToken } })
      : await payOrderWorkflow(req.scope).run({ input: { order_id: orderId!, customer_id: customerId, amount, card_token: cardToken } })
    sendOk(res, await loadPaymentDetail(req.scope, result.order_id, customerId))
  } finally {
    discardCard(cardToken)
  }
}
