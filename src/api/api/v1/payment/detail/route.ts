import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { loadPaymentDetail, type PaymentDetail } from "../detail"
import type { DetailQuery } from "../validators"

/** `GET /api/v1/payment/detail?orderId=`: the caller's payment for one order. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, DetailQuery>, res: ApiV1Response<PaymentDetail>) {
  const { orderId } = req.validatedQuery as DetailQuery
  sendOk(res, await loadPaymentDetail(req.scope, orderId, req.auth_context.actor_id))
}
