import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AftersalesType } from "../../../../../modules/aftersales"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { type AftersalesView, retrieveOwnAftersales, toAftersalesView } from "../../return/aftersales-view"
import { cancelAftersales, createAftersales } from "../../return/handlers"
import type { CreateExchangeBodyType } from "../../return/validators"

/** POST /api/v1/exchange/{orderId} — asks to exchange delivered items (another size or colour, or the same). */
export async function POST(req: AuthenticatedMedusaRequest<CreateExchangeBodyType>, res: ApiV1Response<AftersalesView>) {
  await createAftersales(req, res, AftersalesType.EXCHANGE)
}

/** GET /api/v1/exchange/{exchangeId} — one of the caller's exchanges with its history (교환 상세내역). */
export async function GET(req: AuthenticatedMedusaRequest, res: ApiV1Response<AftersalesView>) {
  const request = await retrieveOwnAftersales(req.scope, req.params.id, { customer_id: req.auth_context.actor_id }, AftersalesType.EXCHANGE)
  sendOk(res, toAftersalesView(request))
}

/** DELETE /api/v1/exchange/{exchangeId} — withdraws an exchange the seller has not answered yet. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: ApiV1Response<AftersalesView>) {
  await cancelAftersales(req, res, AftersalesType.EXCHANGE)
}
