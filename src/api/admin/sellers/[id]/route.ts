import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminSeller } from "../helpers"

/** GET /admin/sellers/:id — a seller with its policies and product count. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ seller: Awaited<ReturnType<typeof retrieveAdminSeller>> }>
) {
  res.json({ seller: await retrieveAdminSeller(req.scope, req.params.id) })
}
