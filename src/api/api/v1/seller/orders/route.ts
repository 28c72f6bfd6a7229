import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../../../modules/order-group"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { loadOrderViews, type DeliveryRow, type OrderView } from "../../order/order-view"
import type { SellerOrdersQuery } from "./validators"

/** `GET /api/v1/seller/orders`: the seller's own orders, newest first, by state. */
export async function GET(req: AuthenticatedMedusaRequest, res: ApiV1Response<OrderView[]>) {
  const query = req.validatedQuery as unknown as SellerOrdersQuery
  const [deliveries, total] = await req.scope
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listAndCountOrderDeliveries(
      { seller_id: req.auth_context.actor_id, ...(query.state ? { state: query.state } : {}) },
      { relations: ["group"], order: { created_at: "DESC", id: "DESC" }, skip: (query.page - 1) * query.size, take: query.size }
    )
  sendOk(res, await loadOrderViews(req.scope, deliveries as unknown as DeliveryRow[]), {
    meta: { page: query.page, size: query.size, total },
  })
}
