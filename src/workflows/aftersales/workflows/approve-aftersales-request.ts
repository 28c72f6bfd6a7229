import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AftersalesState, AftersalesType, FeePayer } from "../../../modules/aftersales"
import { AftersalesEvents } from "../events"
import { loadAftersalesRequestStep } from "../steps/load-aftersales-request"
import { resolveAftersalesShippingStep } from "../steps/resolve-aftersales-shipping"
import { transitionAftersalesRequestStep } from "../steps/transition-aftersales-request"
import { updateAftersalesRequestStep } from "../steps/update-aftersales-request"
import type { AftersalesActor } from "../types"
import { openOrderExchangeWorkflow } from "./open-order-exchange"
import { openOrderReturnWorkflow } from "./open-order-return"

export type ApproveAftersalesRequestWorkflowInput = {
  id: string
  actor: AftersalesActor
  /** When the courier picks the parcel up. */
  pickup_date: Date
  note?: string | null
}

export const approveAftersalesRequestWorkflowId = "approve-aftersales-request"

/**
 * The seller (or an operator) accepts a request and schedules the pickup: requested → approved
 * → pickup_scheduled, and the order side is opened with Medusa's return or exchange workflows.
 * If Medusa refuses (e.g. no stock to reserve for a replacement), the request stays requested.
 */
export const approveAftersalesRequestWorkflow = createWorkflow(
  approveAftersalesRequestWorkflowId,
  (input: ApproveAftersalesRequestWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `aftersales:${input.id}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 120 })
    const request = loadAftersalesRequestStep({ id: input.id, actor: input.actor })
    const patch = transform({ input }, ({ input }) => ({ pickup_date: new Date(input.pickup_date), approved_at: new Date() }))
    transitionAftersalesRequestStep({
      id: request.id,
      to: [AftersalesState.APPROVED, AftersalesState.PICKUP_SCHEDULED],
      actor: input.actor,
      note: input.note,
      patch,
    })
    const shipping = resolveAftersalesShippingStep({ order_id: request.order_id })
    const common = transform({ request, shipping, input }, ({ request, shipping, input }) => ({
      order_id: request.order_id,
      location_id: shipping.location_id,
      return_option_id: shipping.return_option_id,
      shipping_amount: request.fee_payer === FeePayer.CUSTOMER ? request.shipping_fee : 0,
      items: request.items.map((item) => ({ id: item.line_item_id, quantity: item.quantity })),
      created_by: input.actor.id,
      description: `${request.type === AftersalesType.RETURN ? "반품" : "교환"} 요청 #${request.display_id} (${request.id})`,
    }))

    const opened = when("open-order-return", { request }, ({ request }) => request.type === AftersalesType.RETURN).then(() =>
      openOrderReturnWorkflow.runAsStep({ input: common })
    )
    const exchanged = when("open-order-exchange", { request }, ({ request }) => request.type === AftersalesType.EXCHANGE).then(() =>
      openOrderExchangeWorkflow.runAsStep({
        input: transform({ common, request, shipping }, ({ common, request, shipping }) => ({
          ...common,
          outbound_option_id: shipping.outbound_option_id,
          new_items: request.items.map((item) => ({ variant_id: item.replacement_variant_id!, quantity: item.quantity })),
        })),
      })
    )
    const ids = transform({ opened, exchanged }, ({ opened, exchanged }) => ({
      return_id: exchanged?.return_id ?? opened?.return_id ?? null,
      exchange_id: exchanged?.exchange_id ?? null,
    }))
    updateAftersalesRequestStep({ id: request.id, patch: ids })
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: AftersalesEvents.APPROVED, data: { id: request.id } })
    return new WorkflowResponse(transform({ request, ids }, ({ request, ids }) => ({ id: request.id, ...ids })))
  }
)
