import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AftersalesActorType } from "../../../../../modules/aftersales"
import { receiveAftersalesRequestWorkflow } from "../../../../../workflows/aftersales"
import { recordingFailure } from "../../../../api/v1/return/aftersales-view"
import { retrieveAdminAftersales } from "../../helpers"
import type { AdminReceiveAftersalesBody } from "../../validators"

type Response = { aftersales_request: Awaited<ReturnType<typeof retrieveAdminAftersales>> }

/** POST /admin/aftersales/:id/receive { inspection_note? } — an operator records the parcel as received. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReceiveAftersalesBody>, res: MedusaResponse<Response>) {
  const { id } = req.params
  await recordingFailure(req.scope, id, () =>
    receiveAftersalesRequestWorkflow(req.scope).run({
      input: {
        id,
        actor: { type: AftersalesActorType.ADMIN, id: req.auth_context.actor_id },
        inspection_note: req.validatedBody.inspection_note ?? null,
      },
    })
  )
  res.json({ aftersales_request: await retrieveAdminAftersales(req.scope, id) })
}
