import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeTokenStep } from "../steps/revoke-token"

export type LogoutCustomerWorkflowInput = { token: string }

export const logoutCustomerWorkflowId = "logout-customer"

/** 로그아웃: the bearer token goes on the shared revocation list and stops working everywhere at once. */
export const logoutCustomerWorkflow = createWorkflow(logoutCustomerWorkflowId, (input: LogoutCustomerWorkflowInput) => {
  revokeTokenStep({ token: input.token })
  return new WorkflowResponse(undefined)
})
