import type { MedusaRequest } from "@medusajs/framework/http"
import { sendOk, type ApiV1Response } from "../../../utils/envelope"
import { cartAnswer, cartContext } from "./cart-context"
import type { CartView } from "./cart-view"

/** GET /api/v1/cart?zipCode= — the caller's cart grouped by seller, with delivery fees (island surcharge for `zipCode`, else the member's default address) and totals. */
export const GET = async (req: MedusaRequest, res: ApiV1Response<CartView>) => {
  const context = await cartContext(req, res)
  sendOk(res, await cartAnswer(req, context))
}
