import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AftersalesType } from "../../../../../modules/aftersales"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { type AftersalesView, retrieveOwnAftersales, toAftersalesView } from "../aftersales-view"
import { cancelAftersales, createAftersales } from "../handlers"
import type { CreateReturnBodyType } from "../validators"

/** POST /api/v1/return/{orderId} — asks to return delivered items of the caller's order. */
export async function POST(req: AuthenticatedMedusaRequest<CreateReturnBodyType>, res: ApiV1Response<AftersalesView>) {
  await createAftersales(req, res, AftersalesType.RETURN)
}

/** GET /api/v1/return/{returnId} — one of the caller's returns with its history (반품상세내역). */
export async function GET(req: AuthenticatedMedusaRequest, res: ApiV1Response<AftersalesView>) {
  const request = await retrieveOwnAftersales(req.scope, req.params.id, { customer_id: req.auth_context.actor_id }, AftersalesType.RETURN)
  sendOk(res, toAftersalesView(request))
}

/** DELETE /api/v1/return/{returnId} — withdraws a return the seller has not answered yet. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: ApiV1Response<AftersalesView>) {
  await cancelAftersales(req, res, AftersalesType.RETURN)
}
