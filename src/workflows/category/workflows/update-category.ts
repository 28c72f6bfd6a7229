import { updateProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveCategoryPlacementStep } from "../steps/resolve-category-placement"

export type UpdateCategoryWorkflowInput = {
  id: string
  name?: string
  parentId?: string | null
  depth?: number
}

export const updateCategoryWorkflowId = "update-category"

/** Rename and/or move a category; Medusa's own update workflow restores it if a later step fails. */
export const updateCategoryWorkflow = createWorkflow(
  updateCategoryWorkflowId,
  (input: UpdateCategoryWorkflowInput) => {
    const placement = resolveCategoryPlacementStep({
      id: input.id,
      parentId: input.parentId,
      depth: input.depth,
    })

    const update = transform({ input, placement }, ({ input, placement }) => ({
      selector: { id: input.id },
      update: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        parent_category_id: placement.parent_category_id,
      },
    }))
    updateProductCategoriesWorkflow.runAsStep({ input: update })

    return new WorkflowResponse(
      transform({ input, placement }, ({ input, placement }) => ({ id: input.id, depth: placement.depth }))
    )
  }
)
