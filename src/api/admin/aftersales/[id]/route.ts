import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminAftersales } from "../helpers"

type AdminAftersalesDetailResponse = { aftersales_request: Awaited<ReturnType<typeof retrieveAdminAftersales>> }

/** GET /admin/aftersales/:id — one request with items, history, seller and order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminAftersalesDetailResponse>) {
  res.json({ aftersales_request: await retrieveAdminAftersales(req.scope, req.params.id) })
}
