import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { cancelOrderPaymentWorkflow } from "../../../../../workflows/payment"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { loadPaymentDetail, type PaymentDetail } from "../detail"
import type { CancelBody } from "../validators"

/**
 * `POST /api/v1/payment/cancel`: cancels the caller's order and refunds all that is left of its
 * payment, before shipping only (409 from 배송중 on: returns). `amount`, if sent, must be that
 * whole amount; partial refunds are returns.
 */
export async function POST(req: AuthenticatedMedusaRequest<CancelBody>, res: ApiV1Response<PaymentDetail>) {
  const customerId = req.auth_context.actor_id
  const { orderId, amount } = req.validatedBody
  await cancelOrderPaymentWorkflow(req.scope).run({ input: { order_id: orderId, customer_id: customerId, amount } })
  sendOk(res, await loadPaymentDetail(req.scope, orderId, customerId))
}
