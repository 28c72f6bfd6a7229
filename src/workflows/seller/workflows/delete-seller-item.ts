import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { SellerItemEvents } from "../events"
import { deleteSellerProductDetailStep } from "../steps/delete-seller-product-detail"
import { findSellerItemStep } from "../steps/find-seller-item"

export type DeleteSellerItemWorkflowInput = { seller_id: string; product_id: string }

export const deleteSellerItemWorkflowId = "delete-seller-item"

/**
 * 판매자 상품 삭제: Medusa's product deletion (variants, inventory items, links; soft, so order
 * history keeps its references) and the detail record. Suspended sellers may delete too.
 */
export const deleteSellerItemWorkflow = createWorkflow(
  deleteSellerItemWorkflowId,
  (input: DeleteSellerItemWorkflowInput) => {
    const item = findSellerItemStep({ seller_id: input.seller_id, product_id: input.product_id })
    deleteProductsWorkflow.runAsStep({ input: transform({ item }, ({ item }) => ({ ids: [item.product_id] })) })
    when("seller-item-has-detail", { item }, ({ item }) => !!item.detail_id).then(() => {
      deleteSellerProductDetailStep(transform({ item }, ({ item }) => ({ id: item.detail_id! })))
    })
    emitEventStep({
      eventName: SellerItemEvents.DELETED,
      data: transform({ input }, ({ input }) => ({ id: input.product_id, seller_id: input.seller_id })),
    })
    return new WorkflowResponse({ id: input.product_id })
  }
)
