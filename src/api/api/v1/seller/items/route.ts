import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import { listSellerItems } from "../item-queries"
import type { SellerItemsQuery } from "../validators"

type ItemsResponse = Awaited<ReturnType<typeof listSellerItems>>["items"]

/** GET /api/v1/seller/items?page&size&state&category_id — 판매자가 상품 목록을 조회한다. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, SellerItemsQuery>,
  res: ApiV1Response<ItemsResponse>
) {
  const { items, meta } = await listSellerItems(
    req.scope,
    req.auth_context.actor_id,
    req.validatedQuery as SellerItemsQuery
  )
  sendOk(res, items, { meta })
}
