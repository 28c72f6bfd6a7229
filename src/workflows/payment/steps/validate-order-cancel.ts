import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../modules/order-group"
import { retrieveCustomerOrderPayment } from "../utils/customer-order-payment"

export type ValidateOrderCancelStepInput = { order_id: string; customer_id: string; amount?: number }
export type ValidateOrderCancelStepOutput = {
  /** A seller order of the saga (it has a delivery record): cancelled by cancelSellerOrderWorkflow. */
  seller_order: boolean
  /** What is left of the order's payment: the refund, always the whole of it. */
  refundable: number
}

export const validateOrderCancelStepId = "validate-order-cancel"

const returnsHint = (orderId: string) => `일부 상품의 환불은 반품을 신청해 주세요: POST /api/v1/return/${orderId}`

/**
 * A shopper's payment cancel is an order cancel: the caller's order (404 for anyone else's),
 * whole (an `amount` other than all that is left is refused; partial refunds are returns), and
 * before shipping. For seller orders the delivery state is checked by cancelSellerOrderWorkflow
 * (409 from 배송중 on); an order without a delivery record (paid through /api/v1/payment/pay) is
 * refused here once Medusa has a fulfillment for it.
 */
export const validateOrderCancelStep = createStep(
  validateOrderCancelStepId,
  async (input: ValidateOrderCancelStepInput, { container }) => {
    const { payment } = await retrieveCustomerOrderPayment(container, input.order_id, input.customer_id)
    const refundable = payment ? payment.paid - payment.refunded : 0
    if (input.amount !== undefined && input.amount !== refundable) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount: 결제 취소는 주문 전체(${refundable.toLocaleString("ko-KR")}원)만 할 수 있습니다. ${returnsHint(input.order_id)}`,
        "partial_cancel_not_allowed"
      )
    }
    const [delivery] = await container
      .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      .listOrderDeliveries({ order_id: input.order_id }, { select: ["id"] })
    if (delivery) {
      return new StepResponse<ValidateOrderCancelStepOutput>({ seller_order: true, refundable })
    }
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "status", "fulfillments.id", "fulfillments.canceled_at"],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as { status: string; fulfillments: ({ canceled_at: Date | null } | null)[] | null }
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.CONFLICT, "이미 취소된 주문입니다.", "already_cancelled")
    }
    if ((order.fulfillments ?? []).some((f) => f && !f.canceled_at)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `이미 출고된 주문은 취소할 수 없습니다. ${returnsHint(input.order_id)}`,
        "already_shipped"
      )
    }
    if (refundable <= 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "취소할 결제가 없습니다")
    }
    return new StepResponse<ValidateOrderCancelStepOutput>({ seller_order: false, refundable })
  }
)
