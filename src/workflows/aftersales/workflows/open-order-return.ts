import {
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  createReturnShippingMethodWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

export type OpenOrderReturnWorkflowInput = {
  order_id: string
  location_id: string
  return_option_id: string
  /** What the return shipping costs the customer (0 when the seller pays). */
  shipping_amount: number
  items: { id: string; quantity: number }[]
  created_by: string
  description: string
}

export const openOrderReturnWorkflowId = "open-order-return"

/**
 * The order side of an approved return, with Medusa's own return workflows: begin, the items,
 * the pickup (return shipping method priced at the fee the customer pays), confirm.
 */
export const openOrderReturnWorkflow = createWorkflow(openOrderReturnWorkflowId, (input: OpenOrderReturnWorkflowInput) => {
  const change = beginReturnOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      location_id: input.location_id,
      created_by: input.created_by,
      description: input.description,
    })),
  })
  const returnId = transform({ change }, ({ change }) => change.return_id as string)
  requestItemReturnWorkflow.runAsStep({ input: { return_id: returnId, items: input.items } })
  createReturnShippingMethodWorkflow.runAsStep({
    input: { return_id: returnId, shipping_option_id: input.return_option_id, custom_amount: input.shipping_amount },
  })
  confirmReturnRequestWorkflow.runAsStep({ input: { return_id: returnId, confirmed_by: input.created_by } })
  return new WorkflowResponse({ return_id: returnId })
})
