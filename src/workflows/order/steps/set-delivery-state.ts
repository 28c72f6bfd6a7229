import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  DeliveryActor,
  DeliveryState,
  ORDER_GROUP_MODULE,
  type OrderGroupModuleService,
} from "../../../modules/order-group"

export type SetDeliveryStateStepInput = {
  delivery_id: string
  to: DeliveryState
  actor_type: DeliveryActor
  actor_id: string | null
  reason?: string | null
  courier?: string | null
  tracking_number?: string | null
  fulfillment_id?: string | null
}

type Snapshot = {
  event_id: string
  delivery: {
    id: string
    state: DeliveryState
    courier: string | null
    tracking_number: string | null
    fulfillment_id: string | null
    shipped_at: Date | null
    delivered_at: Date | null
    cancelled_at: Date | null
  }
}

export const setDeliveryStateStepId = "set-delivery-state"

/** Moves a seller order to its new state and records who did it, when and why. */
export const setDeliveryStateStep = createStep(
  setDeliveryStateStepId,
  async (input: SetDeliveryStateStepInput, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const current = await service.retrieveOrderDelivery(input.delivery_id)
    service.assertTransition(current.state as DeliveryState, input.to)
    const now = new Date()
    await service.updateOrderDeliveries({
      id: current.id,
      state: input.to,
      ...(input.courier !== undefined ? { courier: input.courier } : {}),
      ...(input.tracking_number !== undefined ? { tracking_number: input.tracking_number } : {}),
      ...(input.fulfillment_id !== undefined ? { fulfillment_id: input.fulfillment_id } : {}),
      ...(input.to === DeliveryState.SHIPPING ? { shipped_at: now } : {}),
      ...(input.to === DeliveryState.DELIVERED ? { delivered_at: now } : {}),
      ...([DeliveryState.CANCELLED, DeliveryState.SELLER_CANCELLED, DeliveryState.PAYMENT_CANCELLED].includes(input.to)
        ? { cancelled_at: now }
        : {}),
    })
    const event = await service.createOrderDeliveryEvents({
      delivery_id: current.id,
      from_state: current.state as DeliveryState,
      to_state: input.to,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      reason: input.reason ?? null,
    })
    const snapshot: Snapshot = {
      event_id: event.id,
      delivery: {
        id: current.id,
        state: current.state as DeliveryState,
        courier: current.courier,
        tracking_number: current.tracking_number,
        fulfillment_id: current.fulfillment_id,
        shipped_at: current.shipped_at,
        delivered_at: current.delivered_at,
        cancelled_at: current.cancelled_at,
      },
    }
    return new StepResponse({ id: current.id, from: current.state as DeliveryState, to: input.to }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    await service.deleteOrderDeliveryEvents(snapshot.event_id)
    await service.updateOrderDeliveries(snapshot.delivery)
  }
)
