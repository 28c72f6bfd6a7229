import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AFTERSALES_MODULE, type AftersalesModuleService } from "../../../modules/aftersales"
import { type AdminAftersalesRequest, withSellers } from "./helpers"
import type { AdminAftersalesQuery } from "./validators"

type AdminAftersalesListResponse = { aftersales_requests: AdminAftersalesRequest[]; count: number; limit: number; offset: number }

/** GET /admin/aftersales?state&type&seller_id&order_id&customer_id&limit&offset — every return and exchange, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminAftersalesQuery>, res: MedusaResponse<AdminAftersalesListResponse>) {
  const { limit, offset, ...filters } = req.validatedQuery as AdminAftersalesQuery
  const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
  const [requests, count] = await req.scope
    .resolve<AftersalesModuleService>(AFTERSALES_MODULE)
    .listAndCountAftersalesRequests(defined, { relations: ["items", "history"], order: { created_at: "DESC" }, skip: offset, take: limit })
  res.json({ aftersales_requests: await withSellers(req.scope, requests), count, limit, offset })
}
