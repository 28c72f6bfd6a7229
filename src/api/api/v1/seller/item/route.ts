import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { createSellerItemWorkflow } from "../../../../../workflows/seller/workflows/create-seller-item"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import { retrieveSellerItem } from "../item-queries"
import type { SellerItemCreateBody } from "../validators"

type ItemResponse = { item: Awaited<ReturnType<typeof retrieveSellerItem>> }

/** POST /api/v1/seller/item — 판매자가 상품을 등록한다 (approved sellers only). */
export async function POST(req: AuthenticatedMedusaRequest<SellerItemCreateBody>, res: ApiV1Response<ItemResponse>) {
  const sellerId = req.auth_context.actor_id
  const { result } = await createSellerItemWorkflow(req.scope).run({
    input: { seller_id: sellerId, item: req.validatedBody },
  })
  const item = await retrieveSellerItem(req.scope, sellerId, result.id)
  sendOk(res, { item }, { status: 201 })
}
