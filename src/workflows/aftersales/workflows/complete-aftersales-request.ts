import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AftersalesState, AftersalesType, FeePayer } from "../../../modules/aftersales"
import { refundOrderWorkflow } from "../../payment"
import { AftersalesEvents } from "../events"
import { assertExchangeFeePaidStep } from "../steps/assert-exchange-fee-paid"
import { aftersalesRefundNote, findAftersalesRefundStep } from "../steps/find-aftersales-refund"
import { loadAftersalesRequestStep } from "../steps/load-aftersales-request"
import { resolveAftersalesShippingStep } from "../steps/resolve-aftersales-shipping"
import { resolveExchangeItemsStep } from "../steps/resolve-exchange-items"
import { transitionAftersalesRequestStep } from "../steps/transition-aftersales-request"
import { updateAftersalesRequestStep } from "../steps/update-aftersales-request"
import type { AftersalesActor } from "../types"

export type CompleteAftersalesRequestWorkflowInput = {
  id: string
  actor: AftersalesActor
  /** Exchanges: the courier and tracking number of the replacement's shipment. */
  courier?: string | null
  tracking_number?: string | null
}

export const completeAftersalesRequestWorkflowId = "complete-aftersales-request"

/**
 * Finishes a received request: received → completed.
 * - Return: refunds refund_amount through refundOrderWorkflow (PortOne partial cancel). The
 *   refund carries a note naming the request, and a refund with that note is never made twice,
 *   so a retry after a failure (or a double click) cannot refund twice.
 * - Exchange: ships the replacement with a Medusa fulfillment and shipment (tracking label),
 *   once any fee the customer owes is paid.
 * Any failure leaves the request received (the transition is compensated).
 */
export const completeAftersalesRequestWorkflow = createWorkflow(
  completeAftersalesRequestWorkflowId,
  (input: CompleteAftersalesRequestWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `aftersales:${input.id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 180 })
    const request = loadAftersalesRequestStep({ id: input.id, actor: input.actor })
    const patch = transform({}, () => ({ completed_at: new Date(), last_error: null, last_error_at: null }))
    transitionAftersalesRequestStep({ id: request.id, to: [AftersalesState.COMPLETED], actor: input.actor, patch })

    // Workflows cannot nest `when`: every branch below names all of its conditions.
    const note = transform({ request }, ({ request }) => aftersalesRefundNote(request))
    const existing = findAftersalesRefundStep({ order_id: request.order_id, note })
    when(
      "refund-return",
      { existing, request },
      ({ existing, request }) => request.type === AftersalesType.RETURN && !existing && request.refund_amount > 0
    ).then(() => {
      refundOrderWorkflow.runAsStep({
        input: transform({ request, note, input }, ({ request, note, input }) => ({
          order_id: request.order_id,
          amount: request.refund_amount,
          note,
          created_by: input.actor.id,
        })),
      })
    })
    when("record-return-refund", { request }, ({ request }) => request.type === AftersalesType.RETURN).then(() => {
      const refund = findAftersalesRefundStep({ order_id: request.order_id, note }).config({ name: "find-aftersales-refund-made" })
      updateAftersalesRequestStep({
        id: request.id,
        patch: transform({ refund }, ({ refund }) => ({ refund_id: refund?.id ?? null, refunded_at: refund ? new Date() : null })),
      }).config({ name: "record-aftersales-refund" })
    })

    when(
      "exchange-fee-owed",
      { request },
      ({ request }) => request.type === AftersalesType.EXCHANGE && request.fee_payer === FeePayer.CUSTOMER && request.shipping_fee > 0
    ).then(() => {
      assertExchangeFeePaidStep({ order_id: request.order_id })
    })

    when("ship-replacement", { request }, ({ request }) => request.type === AftersalesType.EXCHANGE).then(() => {
      const items = resolveExchangeItemsStep({ exchange_id: request.exchange_id })
      const shipping = resolveAftersalesShippingStep({ order_id: request.order_id }).config({ name: "resolve-replacement-shipping" })
      const labels = transform({ input }, ({ input }) =>
        input.tracking_number ? [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }] : []
      )
      const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
        input: transform({ request, items, shipping, labels, input }, ({ request, items, shipping, labels, input }) => ({
          order_id: request.order_id,
          items,
          shipping_option_id: shipping.outbound_option_id,
          labels,
          created_by: input.actor.id,
        })),
      })
      createOrderShipmentWorkflow.runAsStep({
        input: transform({ request, items, fulfillment, labels, input }, ({ request, items, fulfillment, labels, input }) => ({
          order_id: request.order_id,
          fulfillment_id: fulfillment.id,
          items,
          labels,
          created_by: input.actor.id,
        })),
      })
      updateAftersalesRequestStep({
        id: request.id,
        patch: transform({ fulfillment, input }, ({ fulfillment, input }) => ({
          fulfillment_id: fulfillment.id,
          courier: input.courier ?? null,
          tracking_number: input.tracking_number ?? null,
        })),
      }).config({ name: "record-aftersales-shipment" })
    })

    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: AftersalesEvents.COMPLETED, data: { id: request.id } })
    return new WorkflowResponse({ id: request.id })
  }
)
