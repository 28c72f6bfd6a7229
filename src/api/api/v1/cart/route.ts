import type { MedusaRequest } from "@medusajs/framework/http"
import { sendOk, type ApiV1Response } from "../../../utils/envelope"
import { cartContext } from "./cart-context"
import { cartView, type CartView } from "./cart-view"

/** GET /api/v1/cart — the caller's cart grouped by seller, with delivery fees and totals. */
export const GET = async (req: MedusaRequest, res: ApiV1Response<CartView>) => {
  const context = await cartContext(req, res)
  sendOk(res, { ...(await cartView(req.scope, context.cartId)), cartToken: context.guestToken })
}
