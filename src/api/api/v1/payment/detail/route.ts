import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { envelope, type V1Envelope } from "../../utils/envelope"
import { loadPaymentDetail, type PaymentDetail } from "../detail"
import type { DetailQuery } from "../validators"

/** `GET /api/v1/payment/detail?orderId=`: the caller's payment for one order. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, DetailQuery>, res: MedusaResponse<V1Envelope<PaymentDetail>>) {
  const { orderId } = req.validatedQuery as DetailQuery
  res.json(envelope(await loadPaymentDetail(req.scope, orderId, req.auth_context.actor_id)))
}
