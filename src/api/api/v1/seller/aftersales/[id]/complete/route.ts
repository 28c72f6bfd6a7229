import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AftersalesActorType } from "../../../../../../../modules/aftersales"
import { completeAftersalesRequestWorkflow } from "../../../../../../../workflows/aftersales"
import { sendOk, type ApiV1Response } from "../../../../../../utils/envelope"
import { type AftersalesView, recordingFailure, retrieveOwnAftersales, toAftersalesView } from "../../../../return/aftersales-view"
import type { CompleteAftersalesBodyType } from "../../validators"

/**
 * POST /api/v1/seller/aftersales/{id}/complete { courier?, trackingNumber? } — a return is
 * refunded through PortOne; an exchange's replacement ships. A failure (e.g. PortOne refused)
 * leaves the request received with the error recorded; calling again retries safely.
 */
export async function POST(req: AuthenticatedMedusaRequest<CompleteAftersalesBodyType>, res: ApiV1Response<AftersalesView>) {
  const sellerId = req.auth_context.actor_id
  const { id } = req.params
  await recordingFailure(req.scope, id, () =>
    completeAftersalesRequestWorkflow(req.scope).run({
      input: {
        id,
        actor: { type: AftersalesActorType.SELLER, id: sellerId },
        courier: req.validatedBody.courier ?? null,
        tracking_number: req.validatedBody.trackingNumber ?? null,
      },
    })
  )
  sendOk(res, toAftersalesView(await retrieveOwnAftersales(req.scope, id, { seller_id: sellerId }), { withError: true }))
}
