import {
  beginExchangeOrderWorkflow,
  confirmExchangeRequestWorkflow,
  createExchangeShippingMethodWorkflow,
  createReturnShippingMethodWorkflow,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

export type OpenOrderExchangeWorkflowInput = {
  order_id: string
  location_id: string
  return_option_id: string
  outbound_option_id: string
  /** The exchange fee (both ways) the customer pays; 0 when the seller pays. */
  shipping_amount: number
  /** Original line items going back. */
  items: { id: string; quantity: number }[]
  /** Replacement variants going out. */
  new_items: { variant_id: string; quantity: number }[]
  created_by: string
  description: string
}

export const openOrderExchangeWorkflowId = "open-order-exchange"

/**
 * The order side of an approved exchange, with Medusa's own exchange workflows: begin, the
 * replacement items, the items coming back (which makes the exchange's return), the pickup
 * priced at the customer's fee, the outbound shipment, confirm (reserves the replacements and,
 * when the customer owes a fee, opens a payment collection for it).
 */
export const openOrderExchangeWorkflow = createWorkflow(openOrderExchangeWorkflowId, (input: OpenOrderExchangeWorkflowInput) => {
  const change = beginExchangeOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      created_by: input.created_by,
      description: input.description,
    })),
  })
  const exchangeId = transform({ change }, ({ change }) => change.exchange_id as string)
  orderExchangeAddNewItemWorkflow.runAsStep({ input: { exchange_id: exchangeId, items: input.new_items } })
  const preview = orderExchangeRequestItemReturnWorkflow.runAsStep({
    // The workflow makes the exchange's return itself when the exchange has none yet.
    input: { exchange_id: exchangeId, return_id: "", location_id: input.location_id, items: input.items },
  })
  const returnId = transform({ preview }, ({ preview }) => preview.order_change.return_id as string)
  createReturnShippingMethodWorkflow.runAsStep({
    input: {
      return_id: returnId,
      exchange_id: exchangeId,
      shipping_option_id: input.return_option_id,
      custom_amount: input.shipping_amount,
    },
  })
  createExchangeShippingMethodWorkflow.runAsStep({
    input: { exchange_id: exchangeId, shipping_option_id: input.outbound_option_id, custom_amount: 0 },
  })
  confirmExchangeRequestWorkflow.runAsStep({ input: { exchange_id: exchangeId, confirmed_by: input.created_by } })
  return new WorkflowResponse({ exchange_id: exchangeId, return_id: returnId })
})
