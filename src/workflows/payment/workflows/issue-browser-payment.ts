import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueBrowserPaymentStep, type IssueBrowserPaymentStepInput } from "../steps/issue-browser-payment"

export type IssueBrowserPaymentWorkflowInput = IssueBrowserPaymentStepInput

export const issueBrowserPaymentWorkflowId = "issue-browser-payment"

/** `POST /api/v1/payment/browser`: the paymentId the browser SDK pays under, issued to the caller. */
export const issueBrowserPaymentWorkflow = createWorkflow(issueBrowserPaymentWorkflowId, (input: IssueBrowserPaymentWorkflowInput) => {
  return new WorkflowResponse(issueBrowserPaymentStep(input))
})
