import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { type AftersalesView, listOwnAftersales, toAftersalesView } from "../../return/aftersales-view"
import type { SellerAftersalesListQueryType } from "./validators"

/** GET /api/v1/seller/aftersales?type&state&orderId&page&size — returns and exchanges of the seller's orders. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SellerAftersalesListQueryType>, res: ApiV1Response<AftersalesView[]>) {
  const { type, state, orderId, page, size } = req.validatedQuery as SellerAftersalesListQueryType
  const [requests, total] = await listOwnAftersales(
    req.scope,
    { seller_id: req.auth_context.actor_id, type, state, order_id: orderId },
    page,
    size
  )
  sendOk(res, requests.map((request) => toAftersalesView(request, { withError: true })), { meta: { page, size, total } })
}
