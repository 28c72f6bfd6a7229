import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AftersalesEvents } from "../events"
import { createAftersalesRequestStep } from "../steps/create-aftersales-request"
import { validateAftersalesRequestStep, type ValidateAftersalesRequestStepInput } from "../steps/validate-aftersales-request"

export type CreateAftersalesRequestWorkflowInput = ValidateAftersalesRequestStepInput

export const createAftersalesRequestWorkflowId = "create-aftersales-request"

/**
 * A customer asks to return or exchange delivered items of their order. Requests on one order
 * are made one at a time (lock), so two requests cannot both take the last returnable units.
 */
export const createAftersalesRequestWorkflow = createWorkflow(
  createAftersalesRequestWorkflowId,
  (input: CreateAftersalesRequestWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `aftersales:order:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
    const prepared = validateAftersalesRequestStep(input)
    const created = createAftersalesRequestStep(prepared)
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: AftersalesEvents.REQUESTED, data: transform({ created }, ({ created }) => ({ id: created.id })) })
    return new WorkflowResponse(created)
  }
)
