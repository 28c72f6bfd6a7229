import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_MODULE, AftersalesActorType, type AftersalesModuleService } from "../../../modules/aftersales"
import type { AftersalesActor } from "../types"

export type LoadAftersalesRequestStepInput = { id: string; actor: AftersalesActor }

export type LoadedAftersalesRequest = {
  id: string
  display_id: number
  type: string
  state: string
  order_id: string
  customer_id: string
  seller_id: string
  reason: string
  fee_payer: string
  shipping_fee: number
  refund_amount: number
  refund_id: string | null
  return_id: string | null
  exchange_id: string | null
  items: { line_item_id: string; quantity: number; replacement_variant_id: string | null }[]
}

export const loadAftersalesRequestStepId = "load-aftersales-request"

/**
 * The request as its actor may see it: a customer only their own, a seller only those of its
 * orders, an operator any. Not found and not yours are the same 404.
 */
export const loadAftersalesRequestStep = createStep(
  loadAftersalesRequestStepId,
  async (input: LoadAftersalesRequestStepInput, { container }) => {
    const service = container.resolve<AftersalesModuleService>(AFTERSALES_MODULE)
    const [request] = await service.listAftersalesRequests({ id: input.id }, { relations: ["items"] })
    const owner =
      input.actor.type === AftersalesActorType.CUSTOMER
        ? request?.customer_id
        : input.actor.type === AftersalesActorType.SELLER
          ? request?.seller_id
          : input.actor.id
    if (!request || owner !== input.actor.id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "반품/교환 요청을 찾을 수 없습니다.")
    }
    return new StepResponse<LoadedAftersalesRequest>({
      id: request.id,
      display_id: Number(request.display_id),
      type: request.type,
      state: request.state,
      order_id: request.order_id,
      customer_id: request.customer_id,
      seller_id: request.seller_id,
      reason: request.reason,
      fee_payer: request.fee_payer,
      shipping_fee: Number(request.shipping_fee),
      refund_amount: Number(request.refund_amount),
      refund_id: request.refund_id ?? null,
      return_id: request.return_id ?? null,
      exchange_id: request.exchange_id ?? null,
      items: request.items.map((item) => ({
        line_item_id: item.line_item_id,
        quantity: Number(item.quantity),
        replacement_variant_id: item.replacement_variant_id ?? null,
      })),
    })
  }
)
