import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sendOk, type ApiV1Response } from "../../../../../utils/envelope"
import { findOwnedDelivery, ORDER_VIEW_FIELDS, portOnePaymentOf, toOrderView, type OrderRow } from "../../../order/order-view"
import { buildReceipt, type Receipt } from "../../receipt"

/** `GET /api/v1/history/{orderId}/receipt/`: the itemized receipt of one of the caller's orders. */
export async function GET(req: AuthenticatedMedusaRequest, res: ApiV1Response<Receipt>) {
  const delivery = await findOwnedDelivery(req.scope, req.params.historyId, { customer_id: req.auth_context.actor_id })
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "주문내역을 찾을 수 없습니다.")
  }
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ORDER_VIEW_FIELDS, filters: { id: delivery.order_id } })
  const order = data[0] as unknown as OrderRow
  sendOk(res, buildReceipt(toOrderView(delivery, order), portOnePaymentOf(order)))
}
