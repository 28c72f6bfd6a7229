import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeMarketplaceCartWorkflow } from "../../../../../workflows/order"

/**
 * `POST /store/carts/:id/complete`, Gopang's handler over Medusa's: the cart becomes one order per
 * seller through the order saga (sale rules, each seller's delivery fee, stock under the lock,
 * the PortOne V2 payment of the cart's session verified on the server). Answers what js-sdk
 * expects, `{ type: "order", order }`, with the first seller order; every seller order carries
 * `metadata.order_group_id`, and the purchase's orders are the caller's `GET /store/orders` with
 * that group id (or `GET /api/v1/history`). Completing a completed cart answers its order again.
 */
/** js-sdk's `{ type: "order", order }`; the order's fields are the ones the request's query config asked for. */
type CompletedCartAnswer<Order> = { type: "order"; order: Order }

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "로그인한 회원만 주문할 수 있습니다.")
  }
  const { result } = await completeMarketplaceCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: customerId, payment: { flow: "v2_browser" } },
  })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    // The purchase's id is part of the answer (metadata.order_group_id), whatever fields were asked.
    fields: req.queryConfig.fields.includes("metadata") ? req.queryConfig.fields : [...req.queryConfig.fields, "metadata"],
    filters: { id: result.order_id },
  })
  const answer: CompletedCartAnswer<(typeof data)[number]> = { type: "order", order: data[0] }
  res.status(200).json(answer)
}
