import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AftersalesActorType, AftersalesType } from "../../../../modules/aftersales"
import { cancelAftersalesRequestWorkflow, createAftersalesRequestWorkflow } from "../../../../workflows/aftersales"
import { sendOk, type ApiV1Response } from "../../../utils/envelope"
import { type AftersalesView, listOwnAftersales, retrieveOwnAftersales, toAftersalesView } from "./aftersales-view"
import type { AftersalesListQueryType, CreateExchangeBodyType, CreateReturnBodyType } from "./validators"

/** Customer handlers shared by /api/v1/return and /api/v1/exchange (they differ only in type). */

export async function listAftersalesOf(
  req: AuthenticatedMedusaRequest<unknown, AftersalesListQueryType>,
  res: ApiV1Response<AftersalesView[]>,
  type: AftersalesType
) {
  const { state, orderId, page, size } = req.validatedQuery as AftersalesListQueryType
  const [requests, total] = await listOwnAftersales(
    req.scope,
    { customer_id: req.auth_context.actor_id, type, state, order_id: orderId },
    page,
    size
  )
  sendOk(res, requests.map((request) => toAftersalesView(request)), { meta: { page, size, total } })
}

export async function createAftersales(
  req: AuthenticatedMedusaRequest<CreateReturnBodyType | CreateExchangeBodyType>,
  res: ApiV1Response<AftersalesView>,
  type: AftersalesType
) {
  const customerId = req.auth_context.actor_id
  const body = req.validatedBody
  const { result } = await createAftersalesRequestWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      customer_id: customerId,
      type,
      reason: body.reason,
      comment: body.comment ?? null,
      items: body.items.map((item) => ({
        line_item_id: item.lineItemId,
        quantity: item.quantity,
        replacement_variant_id: "replacementVariantId" in item ? item.replacementVariantId ?? null : null,
      })),
      pickup: body.pickup
        ? { name: body.pickup.name, phone: body.pickup.phone, address: body.pickup.address, postal_code: body.pickup.postalCode }
        : undefined,
    },
  })
  const request = await retrieveOwnAftersales(req.scope, result.id, { customer_id: customerId })
  sendOk(res, toAftersalesView(request), { status: 201 })
}

export async function cancelAftersales(req: AuthenticatedMedusaRequest, res: ApiV1Response<AftersalesView>, type: AftersalesType) {
  const customerId = req.auth_context.actor_id
  // The type check first: an exchange id on the return route is not found there.
  await retrieveOwnAftersales(req.scope, req.params.id, { customer_id: customerId }, type)
  await cancelAftersalesRequestWorkflow(req.scope).run({
    input: { id: req.params.id, actor: { type: AftersalesActorType.CUSTOMER, id: customerId } },
  })
  sendOk(res, toAftersalesView(await retrieveOwnAftersales(req.scope, req.params.id, { customer_id: customerId })))
}
