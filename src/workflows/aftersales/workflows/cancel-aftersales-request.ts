import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AftersalesState } from "../../../modules/aftersales"
import { AftersalesEvents } from "../events"
import { loadAftersalesRequestStep } from "../steps/load-aftersales-request"
import { transitionAftersalesRequestStep } from "../steps/transition-aftersales-request"
import type { AftersalesActor } from "../types"

export type CancelAftersalesRequestWorkflowInput = { id: string; actor: AftersalesActor }

export const cancelAftersalesRequestWorkflowId = "cancel-aftersales-request"

/** The customer withdraws a request the seller has not answered yet (nothing happened order-side). */
export const cancelAftersalesRequestWorkflow = createWorkflow(
  cancelAftersalesRequestWorkflowId,
  (input: CancelAftersalesRequestWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `aftersales:${input.id}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
    const request = loadAftersalesRequestStep({ id: input.id, actor: input.actor })
    const patch = transform({}, () => ({ cancelled_at: new Date() }))
    const moved = transitionAftersalesRequestStep({ id: request.id, to: [AftersalesState.CANCELLED], actor: input.actor, patch })
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: AftersalesEvents.CANCELLED, data: { id: request.id } })
    return new WorkflowResponse(moved)
  }
)
