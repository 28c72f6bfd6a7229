import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveCategoryPlacementStep } from "../steps/resolve-category-placement"

export type CreateCategoryWorkflowInput = { name: string; parentId: string | null; depth?: number }

export const createCategoryWorkflowId = "create-category"

export const createCategoryWorkflow = createWorkflow(
  createCategoryWorkflowId,
  (input: CreateCategoryWorkflowInput) => {
    const placement = resolveCategoryPlacementStep({
      name: input.name,
      parentId: input.parentId,
      depth: input.depth,
    })

    const categoriesInput = transform({ input, placement }, ({ input, placement }) => ({
      product_categories: [
        {
          name: input.name,
          handle: placement.handle,
          parent_category_id: placement.parent_category_id,
          is_active: true,
          is_internal: false,
        },
      ],
    }))
    const categories = createProductCategoriesWorkflow.runAsStep({ input: categoriesInput })

    const category = transform({ categories, placement }, ({ categories, placement }) => ({
      id: categories[0].id,
      depth: placement.depth,
    }))
    return new WorkflowResponse(category)
  }
)
