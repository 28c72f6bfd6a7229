import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TermEvents } from "../events"
import { recordConsentsStep, type RecordConsentsStepInput } from "../steps/record-consents"

export type RecordConsentsWorkflowInput = RecordConsentsStepInput

export const recordConsentsWorkflowId = "record-consents"

/** Agree, decline or withdraw terms for one actor (`POST /api/v1/user/consents`, seller routes). */
export const recordConsentsWorkflow = createWorkflow(recordConsentsWorkflowId, (input: RecordConsentsWorkflowInput) => {
  const consents = recordConsentsStep(input)
  emitEventStep({
    eventName: TermEvents.CONSENTS_RECORDED,
    data: transform({ consents }, ({ consents }) => consents.map((consent) => ({ id: consent.id }))),
  })
  return new WorkflowResponse(consents)
})
