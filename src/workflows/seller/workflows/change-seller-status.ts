import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ConsentActorType } from "../../../modules/terms"
import { SellerStatus } from "../../../modules/seller/types"
import { withdrawAllConsentsStep } from "../../terms/steps/withdraw-all-consents"
import { SellerEvents } from "../events"
import { assertNoOpenOrdersStep } from "../steps/assert-no-open-orders"
import { findSellerProductsToToggleStep } from "../steps/find-seller-products-to-toggle"
import { markSellerProductsHiddenStep } from "../steps/mark-seller-products-hidden"
import { setSellerStatusStep } from "../steps/set-seller-status"

type StatusChange = {
  workflowId: string
  status: SellerStatus
  eventName: string
  /** Whether the seller's products are in the storefront after the change. */
  visible: boolean
  /** The statuses this change starts from. */
  from?: SellerStatus[]
  /** Secession: refused while orders are open, and ends the seller's agreements. */
  closing?: boolean
}

export type ChangeSellerStatusWorkflowInput = { id: string; reason?: string | null }

/**
 * One workflow per status change, all the same shape: move the status, publish or unpublish
 * the seller's products (through Medusa's product workflow, so the catalogue hears
 * product.updated), emit the event. Medusa skips the sales-channel filter of the store API
 * when a store has one channel, so unpublishing is what reliably hides them.
 */
function statusWorkflow({ workflowId, status, eventName, visible, from, closing }: StatusChange) {
  return createWorkflow(workflowId, (input: ChangeSellerStatusWorkflowInput) => {
    if (closing) {
      assertNoOpenOrdersStep({ seller_id: input.id })
    }
    const { seller } = setSellerStatusStep({ id: input.id, status, reason: input.reason, from })

    const targets = findSellerProductsToToggleStep({ seller_id: input.id, visible })
    when("seller-products-to-toggle", { targets }, ({ targets }) => targets.product_ids.length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ targets }, ({ targets }) => ({
          selector: { id: targets.product_ids },
          update: { status: visible ? ProductStatus.PUBLISHED : ProductStatus.DRAFT },
        })),
      })
      markSellerProductsHiddenStep(
        transform({ targets }, ({ targets }) => ({ detail_ids: targets.detail_ids, hidden: !visible }))
      )
    })

    if (closing) {
      withdrawAllConsentsStep({ actor_type: ConsentActorType.SELLER, actor_id: input.id })
    }
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
  closing: true,
})
