import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AftersalesActorType } from "../../../../../../../modules/aftersales"
import { receiveAftersalesRequestWorkflow } from "../../../../../../../workflows/aftersales"
import { sendOk, type ApiV1Response } from "../../../../../../utils/envelope"
import { type AftersalesView, recordingFailure, retrieveOwnAftersales, toAftersalesView } from "../../../../return/aftersales-view"
import type { ReceiveAftersalesBodyType } from "../../validators"

/** POST /api/v1/seller/aftersales/{id}/receive { inspectionNote? } — the parcel is back: restock. */
export async function POST(req: AuthenticatedMedusaRequest<ReceiveAftersalesBodyType>, res: ApiV1Response<AftersalesView>) {
  const sellerId = req.auth_context.actor_id
  const { id } = req.params
  await recordingFailure(req.scope, id, () =>
    receiveAftersalesRequestWorkflow(req.scope).run({
      input: {
        id,
        actor: { type: AftersalesActorType.SELLER, id: sellerId },
        inspection_note: req.validatedBody.inspectionNote ?? null,
      },
    })
  )
  sendOk(res, toAftersalesView(await retrieveOwnAftersales(req.scope, id, { seller_id: sellerId }), { withError: true }))
}
