import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { type ApiV1Response, sendOk } from "../../../../../utils/envelope"
import { retrieveSellerItem } from "../../item-queries"

type ItemResponse = { item: Awaited<ReturnType<typeof retrieveSellerItem>> }

/** GET /api/v1/seller/items/{itemId} — 판매자가 상품 상세를 조회한다. */
export async function GET(req: AuthenticatedMedusaRequest, res: ApiV1Response<ItemResponse>) {
  const item = await retrieveSellerItem(req.scope, req.auth_context.actor_id, req.params.itemId)
  sendOk(res, { item })
}
