import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordConsentsStep, type RecordConsentsStepInput } from "../steps/record-consents"

export type RecordConsentsWorkflowInput = RecordConsentsStepInput

export const recordConsentsWorkflowId = "record-consents"

/** Agree, decline or withdraw terms for one actor (`POST /api/v1/user/consents`, seller routes). */
export const recordConsentsWorkflow = createWorkflow(recordConsentsWorkflowId, (input: RecordConsentsWorkflowInput) => {
  const consents = recordConsentsStep(input)
  return new WorkflowResponse(consents)
})
