import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DeliveryActor } from "../../../../../modules/order-group"
import { cancelSellerOrderWorkflow } from "../../../../../workflows/order"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { findOwnedDelivery, loadOrderViews, type OrderView } from "../order-view"

/**
 * `DELETE /api/v1/order/{orderId}`: the customer cancels one seller order before it ships; its
 * share of the payment is refunded and the stock released. After shipping: 409 (returns).
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: ApiV1Response<OrderView>) {
  const customerId = req.auth_context.actor_id
  const { orderId } = req.params
  await cancelSellerOrderWorkflow(req.scope).run({
    input: { order_id: orderId, actor_type: DeliveryActor.CUSTOMER, actor_id: customerId },
  })
  const delivery = await findOwnedDelivery(req.scope, orderId, { customer_id: customerId }, true)
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "주문을 찾을 수 없습니다.")
  }
  const [view] = await loadOrderViews(req.scope, [delivery])
  sendOk(res, view)
}
