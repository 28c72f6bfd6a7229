import type { MedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { addCartItemWorkflow } from "../../../../../workflows/cart/workflows/add-cart-item"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { cartAnswer, cartContext } from "../cart-context"
import type { CartView } from "../cart-view"
import type { AddCartItemBodyType } from "../validators"

/** POST /api/v1/cart/items — adds units of a variant (to its line when already in the cart). */
export const POST = async (req: MedusaRequest<AddCartItemBodyType>, res: ApiV1Response<CartView>) => {
  const context = await cartContext(req, res)
  await addCartItemWorkflow(req.scope).run({
    input: {
      cart_id: context.cartId,
      variant_id: req.validatedBody.variantId,
      quantity: req.validatedBody.quantity,
      is_minor: context.isMinor,
    },
  })
  sendOk(res, await cartAnswer(req, context), { status: 201 })
}

/** DELETE /api/v1/cart/items — empties the cart. */
export const DELETE = async (req: MedusaRequest, res: ApiV1Response<CartView>) => {
  const context = await cartContext(req, res)
  const items = await req.scope.resolve(Modules.CART).listLineItems({ cart_id: context.cartId }, { select: ["id"] })
  if (items.length) {
    await deleteLineItemsWorkflow(req.scope).run({
      input: { cart_id: context.cartId, ids: items.map((item) => item.id) },
    })
  }
  sendOk(res, await cartAnswer(req, context))
}
