import { createWorkflow, transform, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { validateCartLineStep } from "../steps/validate-cart-line"

export type UpdateCartItemWorkflowInput = { cart_id: string; item_id: string; quantity: number; is_minor: boolean }

export const updateCartItemWorkflowId = "gopang-update-cart-item"

/** Sets a cart line's quantity after Gopang's rules. */
export const updateCartItemWorkflow = createWorkflow(
  updateCartItemWorkflowId,
  (input: WorkflowData<UpdateCartItemWorkflowInput>) => {
    const check = transform({ input }, ({ input }) => ({
      mode: "set" as const,
      cart_id: input.cart_id,
      item_id: input.item_id,
      quantity: input.quantity,
      is_minor: input.is_minor,
    }))
    validateCartLineStep(check)
    const update = transform({ input }, ({ input }) => ({ quantity: input.quantity }))
    updateLineItemInCartWorkflow.runAsStep({
      input: { cart_id: input.cart_id, item_id: input.item_id, update },
    })
    return new WorkflowResponse(input.cart_id)
  }
)
