import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendSellerWorkflow } from "../../../../../workflows/seller/workflows/change-seller-status"
import { retrieveAdminSeller } from "../../helpers"
import type { AdminSuspendSellerBody } from "../../validators"

/** POST /admin/sellers/:id/suspend { reason } — hides the seller's products (emits seller.suspended). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSuspendSellerBody>,
  res: MedusaResponse<{ seller: Awaited<ReturnType<typeof retrieveAdminSeller>> }>
) {
  await suspendSellerWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ seller: await retrieveAdminSeller(req.scope, req.params.id) })
}
