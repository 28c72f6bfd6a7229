import { createWorkflow, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { closeGuestCartStep } from "../steps/close-guest-cart"
import { planGuestCartMergeStep } from "../steps/plan-guest-cart-merge"

export type MergeGuestCartWorkflowInput = { guest_cart_id: string; member_cart_id: string; is_minor: boolean }

export const mergeGuestCartWorkflowId = "gopang-merge-guest-cart"

/**
 * A guest who logs in keeps what they picked: the guest cart's lines are added to the member's
 * cart (capped by stock and the per-person maximum), then the guest cart is emptied and retired.
 */
export const mergeGuestCartWorkflow = createWorkflow(
  mergeGuestCartWorkflowId,
  (input: WorkflowData<MergeGuestCartWorkflowInput>) => {
    const plan = planGuestCartMergeStep(input)
    when({ plan }, ({ plan }) => plan.items.length > 0).then(() => {
      addToCartWorkflow.runAsStep({ input: { cart_id: input.member_cart_id, items: plan.items } })
    })
    when({ plan }, ({ plan }) => plan.guest_item_ids.length > 0).then(() => {
      deleteLineItemsWorkflow.runAsStep({ input: { cart_id: input.guest_cart_id, ids: plan.guest_item_ids } })
    })
    closeGuestCartStep(transform({ input }, ({ input }) => ({ guest_cart_id: input.guest_cart_id, member_cart_id: input.member_cart_id })))
    return new WorkflowResponse(plan)
  }
)
