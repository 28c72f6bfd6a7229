import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AftersalesActorType } from "../../../../../../../modules/aftersales"
import { rejectAftersalesRequestWorkflow } from "../../../../../../../workflows/aftersales"
import { sendOk, type ApiV1Response } from "../../../../../../utils/envelope"
import { type AftersalesView, retrieveOwnAftersales, toAftersalesView } from "../../../../return/aftersales-view"
import type { RejectAftersalesBodyType } from "../../validators"

/** POST /api/v1/seller/aftersales/{id}/reject { reason } — refuse a request, with the reason. */
export async function POST(req: AuthenticatedMedusaRequest<RejectAftersalesBodyType>, res: ApiV1Response<AftersalesView>) {
  const sellerId = req.auth_context.actor_id
  const { id } = req.params
  await rejectAftersalesRequestWorkflow(req.scope).run({
    input: { id, actor: { type: AftersalesActorType.SELLER, id: sellerId }, reason: req.validatedBody.reason },
  })
  sendOk(res, toAftersalesView(await retrieveOwnAftersales(req.scope, id, { seller_id: sellerId }), { withError: true }))
}
