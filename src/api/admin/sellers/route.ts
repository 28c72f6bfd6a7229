import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import { serializeSeller } from "../../api/v1/seller/serializers"
import type { AdminSellersQuery } from "./validators"

type AdminSellersResponse = {
  sellers: ReturnType<typeof serializeSeller>[]
  count: number
  limit: number
  offset: number
}

/** GET /admin/sellers?status&q&limit&offset — sellers, newest first, in Medusa's admin list shape. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminSellersQuery>,
  res: MedusaResponse<AdminSellersResponse>
) {
  const { status, q, limit, offset } = req.validatedQuery as AdminSellersQuery
  const sellerModule = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [sellers, count] = await sellerModule.listAndCountSellers(
    { ...(status ? { status } : {}), ...(q ? { q } : {}) },
    { relations: ["delivery_policy", "return_policy"], order: { created_at: "DESC" }, skip: offset, take: limit }
  )
  res.json({ sellers: sellers.map(serializeSeller), count, limit, offset })
}
