import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../modules/order-group"

export type HideOrderHistoryWorkflowInput = { order_id: string; customer_id: string }

export const hideOrderHistoryStepId = "hide-order-history"

/** 주문내역 삭제: hides the order from the customer's history; the order itself is kept. */
export const hideOrderHistoryStep = createStep(
  hideOrderHistoryStepId,
  async (input: HideOrderHistoryWorkflowInput, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [delivery] = await service.listOrderDeliveries({ order_id: input.order_id, customer_id: input.customer_id, hidden_at: null })
    if (!delivery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "주문내역을 찾을 수 없습니다.")
    }
    await service.updateOrderDeliveries({ id: delivery.id, hidden_at: new Date() })
    return new StepResponse({ id: delivery.id }, delivery.id)
  },
  async (deliveryId, { container }) => {
    if (deliveryId) {
      await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).updateOrderDeliveries({ id: deliveryId, hidden_at: null })
    }
  }
)

export const hideOrderHistoryWorkflowId = "hide-order-history"

export const hideOrderHistoryWorkflow = createWorkflow(hideOrderHistoryWorkflowId, (input: HideOrderHistoryWorkflowInput) => {
  return new WorkflowResponse(hideOrderHistoryStep(input))
})
