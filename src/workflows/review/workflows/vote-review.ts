import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReviewEvents } from "../events"
import { setReviewVoteStep, type SetReviewVoteStepInput } from "../steps/set-review-vote"

export type VoteReviewWorkflowInput = SetReviewVoteStepInput

export const voteReviewWorkflowId = "vote-review"

/** Casts, changes (helpful: true/false) or withdraws (null) a customer's vote on a review. */
export const voteReviewWorkflow = createWorkflow(voteReviewWorkflowId, (input: VoteReviewWorkflowInput) => {
  const change = setReviewVoteStep(input)
  emitEventStep({
    eventName: ReviewEvents.VOTED,
    data: transform({ change }, ({ change }) => ({ id: change.review_id })),
  })
  return new WorkflowResponse(change)
})
