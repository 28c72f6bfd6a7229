import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { issueBrowserPaymentWorkflow } from "../../../../../workflows/payment"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import type { BrowserPaymentBody } from "../validators"

export type BrowserPaymentTicket = { paymentId: string; amount: number; currency: "KRW"; storeId: string | null; channelKey: string | null }

/**
 * `POST /api/v1/payment/browser`: issues the PortOne V2 paymentId for one purchase of the caller,
 * pre-registered at the amount they confirmed. The browser pays with `PortOne.requestPayment({
 * storeId, channelKey, paymentId, totalAmount: amount, currency })`, then places the order with
 * `POST /api/v1/order { payment: { method: "portone_v2", paymentId }, amount }`. Only ids issued
 * here to the caller are accepted there.
 */
export async function POST(req: AuthenticatedMedusaRequest<BrowserPaymentBody>, res: ApiV1Response<BrowserPaymentTicket>) {
  const { result } = await issueBrowserPaymentWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, amount: req.validatedBody.amount },
  })
  sendOk(
    res,
    { paymentId: result.payment_id, amount: result.amount, currency: "KRW", storeId: result.store_id, channelKey: result.channel_key },
    { status: 201 }
  )
}
