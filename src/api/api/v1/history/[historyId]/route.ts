import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../../../modules/order-group"
import { hideOrderHistoryWorkflow } from "../../../../../workflows/order"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { findOwnedDelivery, loadOrderViews, type DeliveryRow, type OrderView } from "../../order/order-view"
import type { HistoryQuery } from "../validators"

const KST_OFFSET = "+09:00"

/**
 * `GET /api/v1/history/{id}`. The plan lists both "all my orders" and "one order" under
 * `/history/{user_id}`; here the id decides: the caller's own customer id lists their orders
 * (any other customer's id is 404), an order id shows that order with its history.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: ApiV1Response<OrderView | OrderView[]>) {
  const customerId = req.auth_context.actor_id
  const { historyId } = req.params
  if (historyId.startsWith("cus_")) {
    if (historyId !== customerId) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "주문내역을 찾을 수 없습니다.")
    }
    const query = req.validatedQuery as unknown as HistoryQuery
    const createdAt: Record<string, Date> = {}
    if (query.from) {
      createdAt.$gte = new Date(`${query.from}T00:00:00${KST_OFFSET}`)
    }
    if (query.to) {
      createdAt.$lte = new Date(`${query.to}T23:59:59.999${KST_OFFSET}`)
    }
    const service = req.scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [deliveries, count] = await service.listAndCountOrderDeliveries(
      {
        customer_id: customerId,
        hidden_at: null,
        ...(query.state ? { state: query.state } : {}),
        ...(Object.keys(createdAt).length ? { created_at: createdAt } : {}),
      },
      { relations: ["group"], order: { created_at: "DESC", id: "DESC" }, skip: (query.page - 1) * query.size, take: query.size }
    )
    const views = await loadOrderViews(req.scope, deliveries as unknown as DeliveryRow[])
    return sendOk(res, views, { meta: { page: query.page, size: query.size, total: count } })
  }
  const delivery = await findOwnedDelivery(req.scope, historyId, { customer_id: customerId }, true)
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "주문내역을 찾을 수 없습니다.")
  }
  const [view] = await loadOrderViews(req.scope, [delivery])
  sendOk(res, view)
}

/** `DELETE /api/v1/history/{orderId}`: hides the order from the caller's history (kept for both sides). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: ApiV1Response<{ orderId: string; hidden: true }>) {
  await hideOrderHistoryWorkflow(req.scope).run({ input: { order_id: req.params.historyId, customer_id: req.auth_context.actor_id } })
  sendOk(res, { orderId: req.params.historyId, hidden: true })
}
