import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AftersalesActorType } from "../../../../../../../modules/aftersales"
import { approveAftersalesRequestWorkflow } from "../../../../../../../workflows/aftersales"
import { sendOk, type ApiV1Response } from "../../../../../../utils/envelope"
import { type AftersalesView, recordingFailure, retrieveOwnAftersales, toAftersalesView } from "../../../../return/aftersales-view"
import type { ApproveAftersalesBodyType } from "../../validators"

/** POST /api/v1/seller/aftersales/{id}/approve { pickupDate, note? } — accept and schedule the pickup. */
export async function POST(req: AuthenticatedMedusaRequest<ApproveAftersalesBodyType>, res: ApiV1Response<AftersalesView>) {
  const sellerId = req.auth_context.actor_id
  const { id } = req.params
  await recordingFailure(req.scope, id, () =>
    approveAftersalesRequestWorkflow(req.scope).run({
      input: {
        id,
        actor: { type: AftersalesActorType.SELLER, id: sellerId },
        pickup_date: new Date(req.validatedBody.pickupDate),
        note: req.validatedBody.note ?? null,
      },
    })
  )
  sendOk(res, toAftersalesView(await retrieveOwnAftersales(req.scope, id, { seller_id: sellerId }), { withError: true }))
}
