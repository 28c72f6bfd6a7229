import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerStatus } from "../../../modules/seller/types"
import { SellerEvents } from "../events"
import { assertNoOpenOrdersStep } from "../steps/assert-no-open-orders"
import { setSellerProductsVisibilityStep } from "../steps/set-seller-products-visibility"
import { setSellerStatusStep } from "../steps/set-seller-status"

type StatusChange = {
  workflowId: string
  status: SellerStatus
  eventName: string
  /** Whether the seller's products are in the storefront after the change. */
  visible: boolean
  checkOpenOrders?: boolean
  from?: SellerStatus[]
}

export type ChangeSellerStatusWorkflowInput = { id: string; reason?: string | null }

/**
 * One workflow per status change, all the same shape: move the status, show or hide the
 * seller's products, emit the event. Closing also refuses while orders are open.
 */
function statusWorkflow({ workflowId, status, eventName, visible, checkOpenOrders, from }: StatusChange) {
  return createWorkflow(workflowId, (input: ChangeSellerStatusWorkflowInput) => {
    if (checkOpenOrders) {
      assertNoOpenOrdersStep({ seller_id: input.id })
    }
    const { seller, previous_status } = setSellerStatusStep({ id: input.id, status, reason: input.reason, from })
    // Approving a new seller has no products to show; any other change moves the visibility.
    when("seller-products-visibility-changes", { previous_status }, ({ previous_status }) => {
      return previous_status !== SellerStatus.PENDING || !visible
    }).then(() => {
      setSellerProductsVisibilityStep({ seller_id: input.id, visible })
    })
    emitEventStep({ eventName, data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(seller)
  })
}

export const approveSellerWorkflowId = "approve-seller"
export const approveSellerWorkflow = statusWorkflow({
  workflowId: approveSellerWorkflowId,
  status: SellerStatus.ACTIVE,
  eventName: SellerEvents.APPROVED,
  visible: true,
  from: [SellerStatus.PENDING],
})

export const suspendSellerWorkflowId = "suspend-seller"
export const suspendSellerWorkflow = statusWorkflow({
  workflowId: suspendSellerWorkflowId,
  status: SellerStatus.SUSPENDED,
  eventName: SellerEvents.SUSPENDED,
  visible: false,
  from: [SellerStatus.ACTIVE],
})

export const reinstateSellerWorkflowId = "reinstate-seller"
export const reinstateSellerWorkflow = statusWorkflow({
  workflowId: reinstateSellerWorkflowId,
  status: SellerStatus.ACTIVE,
  eventName: SellerEvents.REINSTATED,
  visible: true,
  from: [SellerStatus.SUSPENDED],
})

export const closeSellerWorkflowId = "close-seller"
export const closeSellerWorkflow = statusWorkflow({
  workflowId: closeSellerWorkflowId,
  status: SellerStatus.CLOSED,
  eventName: SellerEvents.CLOSED,
  visible: false,
  checkOpenOrders: true,
})
