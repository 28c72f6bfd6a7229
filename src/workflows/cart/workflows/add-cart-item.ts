import { createWorkflow, transform, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { validateCartLineStep } from "../steps/validate-cart-line"

export type AddCartItemWorkflowInput = { cart_id: string; variant_id: string; quantity: number; is_minor: boolean }

export const addCartItemWorkflowId = "gopang-add-cart-item"

/** Adds units of a variant to a cart after Gopang's rules; Medusa adds to an existing line of it. */
export const addCartItemWorkflow = createWorkflow(
  addCartItemWorkflowId,
  (input: WorkflowData<AddCartItemWorkflowInput>) => {
    const check = transform({ input }, ({ input }) => ({
      mode: "add" as const,
      cart_id: input.cart_id,
      variant_id: input.variant_id,
      quantity: input.quantity,
      is_minor: input.is_minor,
    }))
    validateCartLineStep(check)
    const items = transform({ input }, ({ input }) => [{ variant_id: input.variant_id, quantity: input.quantity }])
    addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items } })
    return new WorkflowResponse(input.cart_id)
  }
)
