import {
  batchLinkProductsToCategoryWorkflow,
  deleteProductCategoriesWorkflow,
  updateProductCategoriesWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateCategoryRemovalStep } from "../steps/validate-category-removal"

export type DeleteCategoryWorkflowInput = { id: string; cascade: boolean }

export const deleteCategoryWorkflowId = "delete-category"

/**
 * Deletes a category. With `cascade`, its products join the parent category and its children
 * move up one level first; each of those core workflows undoes itself if a later step fails.
 */
export const deleteCategoryWorkflow = createWorkflow(
  deleteCategoryWorkflowId,
  (input: DeleteCategoryWorkflowInput) => {
    const plan = validateCategoryRemovalStep(input)

    when("move-products-to-parent", plan, (plan) => plan.productIds.length > 0).then(() => {
      batchLinkProductsToCategoryWorkflow.runAsStep({
        input: transform(plan, (plan) => ({ id: plan.parentId!, add: plan.productIds, remove: [] })),
      })
    })

    when("lift-child-categories", plan, (plan) => plan.childIds.length > 0).then(() => {
      updateProductCategoriesWorkflow.runAsStep({
        input: transform(plan, (plan) => ({
          selector: { id: plan.childIds },
          update: { parent_category_id: plan.parentId },
        })),
      })
    })

    deleteProductCategoriesWorkflow.runAsStep({ input: transform(plan, (plan) => [plan.id]) })

    return new WorkflowResponse(plan)
  }
)
