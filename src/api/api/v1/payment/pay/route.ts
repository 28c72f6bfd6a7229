import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { depositCard, discardCard } from "../../../../../modules/portone/lib/card"
import { completeMarketplaceCartWorkflow } from "../../../../../workflows/order"
import { newPurchaseMerchantUid } from "../../../../../workflows/order/utils/merchant-uid"
import { payOrderWorkflow } from "../../../../../workflows/payment"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { loadPaymentDetail, type PaymentDetail } from "../detail"
import type { PayBody } from "../validators"

/**
 * `POST /api/v1/payment/pay`: a keyed card payment for the caller's cart, which becomes a purchase
 * through the order saga (one order per seller; the answer is the first one's payment), or for the
 * caller's order that is still unpaid.
 */
export async function POST(req: AuthenticatedMedusaRequest<PayBody>, res: ApiV1Response<PaymentDetail>) {
  const customerId = req.auth_context.actor_id
  const { cartId, orderId, amount, card } = req.validatedBody
  // The card stays in this process's memory; workflows (which are persisted) see only a token.
  const cardToken = depositCard(card)
  try {
    if (cartId) {
      const { result } = await completeMarketplaceCartWorkflow(req.scope).run({
        input: {
          cart_id: cartId,
          customer_id: customerId,
          payment: { flow: "keyed", merchant_uid: newPurchaseMerchantUid(), card_token: cardToken, amount },
        },
      })
      if (result.already_completed) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "이미 주문이 완료된 장바구니입니다.", "cart_completed")
      }
      return sendOk(res, await loadPaymentDetail(req.scope, result.order_id, customerId))
    }
    const { result } = await payOrderWorkflow(req.scope).run({
      input: { order_id: orderId!, customer_id: customerId, amount, card_token: cardToken },
    })
    sendOk(res, await loadPaymentDetail(req.scope, result.order_id, customerId))
  } finally {
    discardCard(cardToken)
  }
}
