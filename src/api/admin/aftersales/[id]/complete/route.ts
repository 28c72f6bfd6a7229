import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AftersalesActorType } from "../../../../../modules/aftersales"
import { completeAftersalesRequestWorkflow } from "../../../../../workflows/aftersales"
import { recordingFailure } from "../../../../api/v1/return/aftersales-view"
import { retrieveAdminAftersales } from "../../helpers"
import type { AdminCompleteAftersalesBody } from "../../validators"

type Response = { aftersales_request: Awaited<ReturnType<typeof retrieveAdminAftersales>> }

/** POST /admin/aftersales/:id/complete { courier?, tracking_number? } — refund or ship (a safe retry after a failure). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCompleteAftersalesBody>, res: MedusaResponse<Response>) {
  const { id } = req.params
  await recordingFailure(req.scope, id, () =>
    completeAftersalesRequestWorkflow(req.scope).run({
      input: {
        id,
        actor: { type: AftersalesActorType.ADMIN, id: req.auth_context.actor_id },
        courier: req.validatedBody.courier ?? null,
        tracking_number: req.validatedBody.tracking_number ?? null,
      },
    })
  )
  res.json({ aftersales_request: await retrieveAdminAftersales(req.scope, id) })
}
