import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AftersalesActorType } from "../../../../../modules/aftersales"
import { approveAftersalesRequestWorkflow } from "../../../../../workflows/aftersales"
import { recordingFailure } from "../../../../api/v1/return/aftersales-view"
import { retrieveAdminAftersales } from "../../helpers"
import type { AdminApproveAftersalesBody } from "../../validators"

type Response = { aftersales_request: Awaited<ReturnType<typeof retrieveAdminAftersales>> }

/** POST /admin/aftersales/:id/approve { pickup_date, note? } — an operator approves in the seller's stead. */
export async function POST(req: AuthenticatedMedusaRequest<AdminApproveAftersalesBody>, res: MedusaResponse<Response>) {
  const { id } = req.params
  await recordingFailure(req.scope, id, () =>
    approveAftersalesRequestWorkflow(req.scope).run({
      input: {
        id,
        actor: { type: AftersalesActorType.ADMIN, id: req.auth_context.actor_id },
        pickup_date: new Date(req.validatedBody.pickup_date),
        note: req.validatedBody.note ?? null,
      },
    })
  )
  res.json({ aftersales_request: await retrieveAdminAftersales(req.scope, id) })
}
