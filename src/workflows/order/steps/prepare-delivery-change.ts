import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  DELIVERY_STATE_LABELS,
  DeliveryActor,
  DeliveryState,
  ORDER_GROUP_MODULE,
  type OrderGroupModuleService,
} from "../../../modules/order-group"
import { PORTONE_PROVIDER_ID } from "../../../modules/portone"

export type PrepareDeliveryChangeStepInput = {
  order_id: string
  to: DeliveryState
  actor_type: DeliveryActor
  actor_id: string | null
}

export type DeliveryChangePlan = {
  delivery_id: string
  from: DeliveryState
  items: { id: string; quantity: number }[]
  fulfillment_id: string | null
  /** What is left to refund of the order's PortOne payment (cancels only). */
  refundable: number
}

type OrderRow = {
  id: string
  items: { id: string; detail: { quantity: number } | null }[] | null
  payment_collections: {
    payments: { provider_id: string; canceled_at: Date | null; captures: { amount: number }[] | null; refunds: { amount: number }[] | null }[] | null
  }[] | null
}

const SHIPPED = [DeliveryState.SHIPPING, DeliveryState.DELIVERED]

export const prepareDeliveryChangeStepId = "prepare-delivery-change"

/**
 * Read-only checks before a state change: the order exists and belongs to the caller (customer or
 * seller; anything else answers 404 like a missing order), and the move is allowed (409). A
 * cancel after shipping points to the return route.
 */
export const prepareDeliveryChangeStep = createStep(
  prepareDeliveryChangeStepId,
  async (input: PrepareDeliveryChangeStepInput, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [delivery] = await service.listOrderDeliveries({ order_id: input.order_id })
    const owned =
      delivery &&
      (input.actor_type === DeliveryActor.ADMIN ||
        input.actor_type === DeliveryActor.SYSTEM ||
        (input.actor_type === DeliveryActor.CUSTOMER && delivery.customer_id === input.actor_id) ||
        (input.actor_type === DeliveryActor.SELLER && delivery.seller_id === input.actor_id))
    if (!delivery || !owned) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "주문을 찾을 수 없습니다.")
    }
    const from = delivery.state as DeliveryState
    const cancelling = [DeliveryState.CANCELLED, DeliveryState.SELLER_CANCELLED].includes(input.to)
    if (cancelling && SHIPPED.includes(from)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `이미 ${DELIVERY_STATE_LABELS[from]} 상태인 주문은 취소할 수 없습니다. 반품을 신청해 주세요: POST /api/v1/return/${input.order_id}`,
        "already_shipped"
      )
    }
    service.assertTransition(from, input.to)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.detail.quantity",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as OrderRow
    const payment = (order.payment_collections ?? [])
      .flatMap((pc) => pc.payments ?? [])
      .find((p) => p.provider_id === PORTONE_PROVIDER_ID && !p.canceled_at && (p.captures ?? []).length)
    const sum = (rows: { amount: number }[] | null) => (rows ?? []).reduce((t, r) => MathBN.add(t, r.amount), MathBN.convert(0)).toNumber()
    return new StepResponse<DeliveryChangePlan>({
      delivery_id: delivery.id,
      from,
      items: (order.items ?? []).map((item) => ({ id: item.id, quantity: Number(item.detail?.quantity ?? 0) })),
      fulfillment_id: delivery.fulfillment_id,
      refundable: payment ? sum(payment.captures) - sum(payment.refunds) : 0,
    })
  }
)
