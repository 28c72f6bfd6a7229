import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AftersalesActorType } from "../../../../../modules/aftersales"
import { rejectAftersalesRequestWorkflow } from "../../../../../workflows/aftersales"
import { retrieveAdminAftersales } from "../../helpers"
import type { AdminRejectAftersalesBody } from "../../validators"

type Response = { aftersales_request: Awaited<ReturnType<typeof retrieveAdminAftersales>> }

/** POST /admin/aftersales/:id/reject { reason } — an operator refuses in the seller's stead. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectAftersalesBody>, res: MedusaResponse<Response>) {
  const { id } = req.params
  await rejectAftersalesRequestWorkflow(req.scope).run({
    input: { id, actor: { type: AftersalesActorType.ADMIN, id: req.auth_context.actor_id }, reason: req.validatedBody.reason },
  })
  res.json({ aftersales_request: await retrieveAdminAftersales(req.scope, id) })
}
