import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { refundOrderPaymentWorkflow } from "../../../../../workflows/payment"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { loadPaymentDetail, type PaymentDetail } from "../detail"
import type { CancelBody } from "../validators"

/** `POST /api/v1/payment/cancel`: full (no amount) or partial refund of the caller's order. */
export async function POST(req: AuthenticatedMedusaRequest<CancelBody>, res: ApiV1Response<PaymentDetail>) {
  const customerId = req.auth_context.actor_id
  const { orderId, amount } = req.validatedBody
  await refundOrderPaymentWorkflow(req.scope).run({ input: { order_id: orderId, customer_id: customerId, amount } })
  sendOk(res, await loadPaymentDetail(req.scope, orderId, customerId))
}
