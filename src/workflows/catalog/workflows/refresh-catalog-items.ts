import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildCatalogItemsStep } from "../steps/build-catalog-items"
import { upsertCatalogItemsStep } from "../steps/upsert-catalog-items"

export type RefreshCatalogItemsWorkflowInput = { productIds?: string[] }

export const refreshCatalogItemsWorkflowId = "refresh-catalog-items"

/** Brings the catalogue rows of the given products (or of all products) up to date. */
export const refreshCatalogItemsWorkflow = createWorkflow(
  refreshCatalogItemsWorkflowId,
  (input: RefreshCatalogItemsWorkflowInput) => {
    const built = buildCatalogItemsStep(input)
    const result = upsertCatalogItemsStep(built)
    return new WorkflowResponse(result)
  }
)
