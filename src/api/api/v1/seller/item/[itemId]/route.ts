import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { deleteSellerItemWorkflow } from "../../../../../../workflows/seller/workflows/delete-seller-item"
import { updateSellerItemWorkflow } from "../../../../../../workflows/seller/workflows/update-seller-item"
import { type ApiV1Response, sendOk } from "../../../../../utils/envelope"
import { retrieveSellerItem } from "../../item-queries"
import type { SellerItemUpdateBody } from "../../validators"

type ItemResponse = { item: Awaited<ReturnType<typeof retrieveSellerItem>> }

/** PUT /api/v1/seller/item/{itemId} — 판매자가 상품을 수정한다 (prices, stock, detail fields). */
export async function PUT(req: AuthenticatedMedusaRequest<SellerItemUpdateBody>, res: ApiV1Response<ItemResponse>) {
  const sellerId = req.auth_context.actor_id
  await updateSellerItemWorkflow(req.scope).run({
    input: { seller_id: sellerId, product_id: req.params.itemId, update: req.validatedBody },
  })
  const item = await retrieveSellerItem(req.scope, sellerId, req.params.itemId)
  sendOk(res, { item })
}

/** DELETE /api/v1/seller/item/{itemId} — 판매자가 상품을 삭제한다. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: ApiV1Response<{ id: string; deleted: true }>) {
  await deleteSellerItemWorkflow(req.scope).run({
    input: { seller_id: req.auth_context.actor_id, product_id: req.params.itemId },
  })
  sendOk(res, { id: req.params.itemId, deleted: true })
}
