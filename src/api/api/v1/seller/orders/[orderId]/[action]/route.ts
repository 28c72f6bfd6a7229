import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DeliveryActor, DeliveryState } from "../../../../../../../modules/order-group"
import { cancelSellerOrderWorkflow, moveOrderDeliveryWorkflow } from "../../../../../../../workflows/order"
import { sendOk, type ApiV1Response } from "../../../../../../utils/envelope"
import { findOwnedDelivery, loadOrderViews, type OrderView } from "../../../../order/order-view"
import type { SellerOrderActionBody } from "../../validators"

const MOVES = {
  accept: DeliveryState.PREPARING,
  ready: DeliveryState.READY,
  ship: DeliveryState.SHIPPING,
  deliver: DeliveryState.DELIVERED,
} as const

/**
 * `POST /api/v1/seller/orders/{orderId}/{accept|ready|ship|deliver|cancel}`: the seller moves
 * its own order. Another seller's order answers 404; a move the state does not allow, 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerOrderActionBody>, res: ApiV1Response<OrderView>) {
  const sellerId = req.auth_context.actor_id
  const { orderId, action } = req.params
  const body = req.validatedBody ?? {}
  if (action === "cancel") {
    if (!body.reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "취소 사유를 입력해 주세요.")
    }
    await cancelSellerOrderWorkflow(req.scope).run({
      input: { order_id: orderId, actor_type: DeliveryActor.SELLER, actor_id: sellerId, reason: body.reason },
    })
  } else if (action in MOVES) {
    const to = MOVES[action as keyof typeof MOVES]
    if (to === DeliveryState.SHIPPING && (!body.courier || !body.trackingNumber)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "택배사와 송장번호를 입력해 주세요.")
    }
    await moveOrderDeliveryWorkflow(req.scope).run({
      input: {
        order_id: orderId,
        to,
        actor_type: DeliveryActor.SELLER,
        actor_id: sellerId,
        courier: body.courier,
        tracking_number: body.trackingNumber,
        tracking_url: body.trackingUrl,
      },
    })
  } else {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "알 수 없는 주문 처리입니다.")
  }
  const delivery = await findOwnedDelivery(req.scope, orderId, { seller_id: sellerId }, true)
  const [view] = await loadOrderViews(req.scope, delivery ? [delivery] : [])
  sendOk(res, view)
}
