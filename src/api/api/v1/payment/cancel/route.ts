import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundOrderPaymentWorkflow } from "../../../../../workflows/payment"
import { envelope, type V1Envelope } from "../../utils/envelope"
import { loadPaymentDetail, type PaymentDetail } from "../detail"
import type { CancelBody } from "../validators"

/** `POST /api/v1/payment/cancel`: full (no amount) or partial refund of the caller's order. */
export async function POST(req: AuthenticatedMedusaRequest<CancelBody>, res: MedusaResponse<V1Envelope<PaymentDetail>>) {
  const customerId = req.auth_context.actor_id
  const { orderId, amount } = req.validatedBody
  await refundOrderPaymentWorkflow(req.scope).run({ input: { order_id: orderId, customer_id: customerId, amount } })
  res.json(envelope(await loadPaymentDetail(req.scope, orderId, customerId)))
}
