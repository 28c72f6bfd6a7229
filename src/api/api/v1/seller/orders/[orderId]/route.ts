import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendOk, type ApiV1Response } from "../../../../../utils/envelope"
import { findOwnedDelivery, loadOrderViews, type OrderView } from "../../../order/order-view"

/** `GET /api/v1/seller/orders/{orderId}`: one of the seller's orders with its state history. */
export async function GET(req: AuthenticatedMedusaRequest, res: ApiV1Response<OrderView>) {
  const delivery = await findOwnedDelivery(req.scope, req.params.orderId, { seller_id: req.auth_context.actor_id }, true)
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "주문을 찾을 수 없습니다.")
  }
  const [view] = await loadOrderViews(req.scope, [delivery])
  sendOk(res, view)
}
