import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../events"
import { updateSellerStep, type UpdateSellerStepInput } from "../steps/update-seller"

export type UpdateSellerWorkflowInput = UpdateSellerStepInput

export const updateSellerWorkflowId = "update-seller"

/** 판매자 정보 수정: profile, delivery policy and return policy. */
export const updateSellerWorkflow = createWorkflow(updateSellerWorkflowId, (input: UpdateSellerWorkflowInput) => {
  const seller = updateSellerStep(input)
  emitEventStep({
    eventName: SellerEvents.UPDATED,
    data: transform({ seller }, ({ seller }) => ({ id: seller.id })),
  })
  return new WorkflowResponse(seller)
})
