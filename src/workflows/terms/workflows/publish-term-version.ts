import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { PublishTermVersionInput } from "../../../modules/terms"
import { TermEvents } from "../events"
import { publishTermVersionStep } from "../steps/publish-term-version"

export type PublishTermVersionWorkflowInput = PublishTermVersionInput

export const publishTermVersionWorkflowId = "publish-term-version"

/** Publishes the next version of a term (admin). A required term's new version makes everyone re-consent. */
export const publishTermVersionWorkflow = createWorkflow(
  publishTermVersionWorkflowId,
  (input: PublishTermVersionWorkflowInput) => {
    const term = publishTermVersionStep(input)
    emitEventStep({ eventName: TermEvents.VERSION_PUBLISHED, data: { id: term.id } })
    return new WorkflowResponse(term)
  }
)
