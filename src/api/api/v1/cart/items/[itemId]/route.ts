import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { updateCartItemWorkflow } from "../../../../../../workflows/cart/workflows/update-cart-item"
import { sendOk, type ApiV1Response } from "../../../../../utils/envelope"
import { cartAnswer, cartContext } from "../../cart-context"
import type { CartView } from "../../cart-view"
import type { UpdateCartItemBodyType } from "../../validators"

/** The line, only when it is in the caller's cart: another shopper's line answers the same 404. */
async function assertOwnLine(req: MedusaRequest, cartId: string): Promise<string> {
  const itemId = req.params.itemId
  const [line] = await req.scope
    .resolve(Modules.CART)
    .listLineItems({ id: itemId, cart_id: cartId }, { select: ["id"] })
  if (!line) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "장바구니 상품을 찾을 수 없습니다.")
  }
  return line.id
}

/** PUT /api/v1/cart/items/{itemId} — sets a line's quantity. */
export const PUT = async (req: MedusaRequest<UpdateCartItemBodyType>, res: ApiV1Response<CartView>) => {
  const context = await cartContext(req, res)
  const itemId = await assertOwnLine(req, context.cartId)
  await updateCartItemWorkflow(req.scope).run({
    input: { cart_id: context.cartId, item_id: itemId, quantity: req.validatedBody.quantity, is_minor: context.isMinor },
  })
  sendOk(res, await cartAnswer(req, context))
}

/** DELETE /api/v1/cart/items/{itemId} — removes a line. */
export const DELETE = async (req: MedusaRequest, res: ApiV1Response<CartView>) => {
  const context = await cartContext(req, res)
  const itemId = await assertOwnLine(req, context.cartId)
  await deleteLineItemsWorkflow(req.scope).run({ input: { cart_id: context.cartId, ids: [itemId] } })
  sendOk(res, await cartAnswer(req, context))
}
