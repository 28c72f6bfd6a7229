import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AftersalesState } from "../../../modules/aftersales"
import { AftersalesEvents } from "../events"
import { loadAftersalesRequestStep } from "../steps/load-aftersales-request"
import { transitionAftersalesRequestStep } from "../steps/transition-aftersales-request"
import type { AftersalesActor } from "../types"

export type RejectAftersalesRequestWorkflowInput = { id: string; actor: AftersalesActor; reason: string }

export const rejectAftersalesRequestWorkflowId = "reject-aftersales-request"

/** The seller (or an operator) refuses a request, with the reason shown to the customer. */
export const rejectAftersalesRequestWorkflow = createWorkflow(
  rejectAftersalesRequestWorkflowId,
  (input: RejectAftersalesRequestWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `aftersales:${input.id}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
    const request = loadAftersalesRequestStep({ id: input.id, actor: input.actor })
    const patch = transform({ input }, ({ input }) => ({ rejection_reason: input.reason }))
    const moved = transitionAftersalesRequestStep({
      id: request.id,
      to: [AftersalesState.REJECTED],
      actor: input.actor,
      note: input.reason,
      patch,
    })
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: AftersalesEvents.REJECTED, data: { id: request.id } })
    return new WorkflowResponse(moved)
  }
)
