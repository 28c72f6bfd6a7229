import {
  acquireLockStep,
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  emitEventStep,
  receiveItemReturnRequestWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AftersalesState } from "../../../modules/aftersales"
import { AftersalesEvents } from "../events"
import { loadAftersalesRequestStep } from "../steps/load-aftersales-request"
import { transitionAftersalesRequestStep } from "../steps/transition-aftersales-request"
import type { AftersalesActor } from "../types"

export type ReceiveAftersalesRequestWorkflowInput = { id: string; actor: AftersalesActor; inspection_note?: string | null }

export const receiveAftersalesRequestWorkflowId = "receive-aftersales-request"

/**
 * The seller has the parcel back and inspected it: pickup_scheduled → received, and Medusa's
 * receive-return workflows record the items as received and put them back in stock.
 */
export const receiveAftersalesRequestWorkflow = createWorkflow(
  receiveAftersalesRequestWorkflowId,
  (input: ReceiveAftersalesRequestWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `aftersales:${input.id}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 120 })
    const request = loadAftersalesRequestStep({ id: input.id, actor: input.actor })
    const patch = transform({ input }, ({ input }) => ({ received_at: new Date(), inspection_note: input.inspection_note ?? null }))
    transitionAftersalesRequestStep({
      id: request.id,
      to: [AftersalesState.RECEIVED],
      actor: input.actor,
      note: input.inspection_note,
      patch,
    })
    const returnId = transform({ request }, ({ request }) => request.return_id as string)
    beginReceiveReturnWorkflow.runAsStep({ input: { return_id: returnId, created_by: input.actor.id } })
    receiveItemReturnRequestWorkflow.runAsStep({
      input: transform({ request }, ({ request }) => ({
        return_id: request.return_id as string,
        items: request.items.map((item) => ({ id: item.line_item_id, quantity: item.quantity })),
      })),
    })
    confirmReturnReceiveWorkflow.runAsStep({ input: { return_id: returnId, confirmed_by: input.actor.id } })
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: AftersalesEvents.RECEIVED, data: { id: request.id } })
    return new WorkflowResponse({ id: request.id })
  }
)
