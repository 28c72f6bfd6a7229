import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { BrowserPayment } from "./models/browser-payment"
import { OrderDelivery } from "./models/order-delivery"
import { OrderDeliveryEvent } from "./models/order-delivery-event"
import { OrderGroup } from "./models/order-group"
import { PaymentCompensation } from "./models/payment-compensation"
import { DELIVERY_STATE_LABELS, DELIVERY_TRANSITIONS, DeliveryState } from "./types"

class OrderGroupModuleService extends MedusaService({ OrderGroup, OrderDelivery, OrderDeliveryEvent, BrowserPayment, PaymentCompensation }) {
  /** Refuses a move the state machine does not allow (409, naming both states in Korean). */
  assertTransition(from: DeliveryState, to: DeliveryState): void {
    if (!DELIVERY_TRANSITIONS[from].includes(to)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `'${DELIVERY_STATE_LABELS[from]}' 상태의 주문은 '${DELIVERY_STATE_LABELS[to]}'(으)로 변경할 수 없습니다.`
      )
    }
  }
}

export default OrderGroupModuleService
