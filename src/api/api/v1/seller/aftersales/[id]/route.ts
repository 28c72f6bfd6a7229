import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { sendOk, type ApiV1Response } from "../../../../../utils/envelope"
import { type AftersalesView, retrieveOwnAftersales, toAftersalesView } from "../../../return/aftersales-view"

/** GET /api/v1/seller/aftersales/{id} — one request of the seller's orders, with its history. */
export async function GET(req: AuthenticatedMedusaRequest, res: ApiV1Response<AftersalesView>) {
  const request = await retrieveOwnAftersales(req.scope, req.params.id, { seller_id: req.auth_context.actor_id })
  sendOk(res, toAftersalesView(request, { withError: true }))
}
