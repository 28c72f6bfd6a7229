import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateAftersalesRequestStep } from "../steps/update-aftersales-request"

export type RecordAftersalesFailureWorkflowInput = { id: string; message: string }

export const recordAftersalesFailureWorkflowId = "record-aftersales-failure"

/** Keeps why the last operation on a request failed (e.g. PortOne refused the refund), for a retry. */
export const recordAftersalesFailureWorkflow = createWorkflow(
  recordAftersalesFailureWorkflowId,
  (input: RecordAftersalesFailureWorkflowInput) => {
    const patch = transform({ input }, ({ input }) => ({ last_error: input.message.slice(0, 1000), last_error_at: new Date() }))
    updateAftersalesRequestStep({ id: input.id, patch })
    return new WorkflowResponse({ id: input.id })
  }
)
