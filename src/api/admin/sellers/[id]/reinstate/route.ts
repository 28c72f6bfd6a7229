import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reinstateSellerWorkflow } from "../../../../../workflows/seller/workflows/change-seller-status"
import { retrieveAdminSeller } from "../../helpers"

/** POST /admin/sellers/:id/reinstate — a suspended seller is active again, its products back on sale. */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ seller: Awaited<ReturnType<typeof retrieveAdminSeller>> }>
) {
  await reinstateSellerWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ seller: await retrieveAdminSeller(req.scope, req.params.id) })
}
