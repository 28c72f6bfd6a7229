import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveSellerWorkflow } from "../../../../../workflows/seller/workflows/change-seller-status"
import { retrieveAdminSeller } from "../../helpers"

/** POST /admin/sellers/:id/approve — a pending seller becomes active (emits seller.approved). */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ seller: Awaited<ReturnType<typeof retrieveAdminSeller>> }>
) {
  await approveSellerWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ seller: await retrieveAdminSeller(req.scope, req.params.id) })
}
