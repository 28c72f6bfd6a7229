import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Receiver } from "../../../modules/order-group"
import { validatePaymentAmountStep } from "../../payment/steps/validate-payment-amount"
import { OrderGroupEvents } from "../events"
import { authorizeOrderPaymentStep } from "../steps/authorize-order-payment"
import { claimOrderGroupStep } from "../steps/claim-order-group"
import { createSellerCartsStep } from "../steps/create-seller-carts"
import { createSellerOrdersStep, type CreatedSellerOrder } from "../steps/create-seller-orders"
import { reserveOrderStockStep } from "../steps/reserve-order-stock"
import { verifyBrowserPaymentStep, voidBrowserPaymentOnFailureStep } from "../steps/verify-browser-payment"
import { validateOrderRequestStep, type OrderRequestLine } from "../steps/validate-order-request"

export type PlaceOrderWorkflowInput = {
  customer_id: string
  idempotency_key: string
  /** Hash of the request body, so a reused key with another body can be refused. */
  request_hash: string
  lines: OrderRequestLine[]
  receiver: Receiver
  payment: {
    flow: "keyed" | "v2_browser"
    /** merchant_uid for keyed payments (made by the caller), the browser's paymentId for V2. */
    merchant_uid: string
    /** Card-vault token (keyed only). */
    card_token?: string
    /** What the shopper confirmed, in whole won. */
    amount: number
  }
  /** The shopper's cart the purchase comes from, if any: its first seller order is linked to it. */
  source_cart_id?: string | null
}

export type PlaceOrderWorkflowOutput = { group_id: string; orders: CreatedSellerOrder[] }

export const placeOrderWorkflowId = "place-order"
export const emitOrderPlacedStepId = "emit-order-placed"
export const emitOrderGroupPlacedStepId = "emit-order-group-placed"

/**
 * The order saga (주문 시나리오, which the plan ran as Kafka choreography): validate, one cart per
 * seller with its delivery fee, reserve stock under a lock, one PortOne charge, one order per
 * seller, then `order.placed` per order. Each step undoes itself when a later one fails, so a
 * failure leaves no reservation, no charge and no order behind.
 */
export const placeOrderWorkflow = createWorkflow(placeOrderWorkflowId, (input: PlaceOrderWorkflowInput) => {
  verifyBrowserPaymentStep({ customer_id: input.customer_id, flow: input.payment.flow, payment_id: input.payment.merchant_uid })
  const group = claimOrderGroupStep({
    customer_id: input.customer_id,
    idempotency_key: input.idempotency_key,
    request_hash: input.request_hash,
    receiver: input.receiver,
    merchant_uid: input.payment.merchant_uid,
    payment_flow: input.payment.flow,
  })
  voidBrowserPaymentOnFailureStep({ flow: input.payment.flow, payment_id: input.payment.merchant_uid })
  const plan = validateOrderRequestStep({ customer_id: input.customer_id, lines: input.lines, receiver: input.receiver })
  const carts = createSellerCartsStep({ plan, receiver: input.receiver })
  const expected = transform({ carts }, ({ carts }) => carts.reduce((sum, cart) => sum + cart.total, 0))
  const breakdown = transform({ carts }, ({ carts }) =>
    carts.map((cart) => ({
      sellerId: cart.seller_id,
      sellerName: cart.seller_name,
      itemsTotal: cart.items_total,
      deliveryFee: cart.delivery_fee,
      islandSurcharge: cart.island_surcharge,
      total: cart.total,
    }))
  )
  validatePaymentAmountStep({ expected, requested: input.payment.amount, breakdown })
  reserveOrderStockStep({ carts, sales_channel_id: plan.sales_channel_id, group_id: group.id })
  const payments = authorizeOrderPaymentStep({
    merchant_uid: input.payment.merchant_uid,
    flow: input.payment.flow,
    card_token: input.payment.card_token,
    carts,
  })
  const orders = createSellerOrdersStep({
    group_id: group.id,
    merchant_uid: input.payment.merchant_uid,
    payment_flow: input.payment.flow,
    carts,
    payments,
    source_cart_id: input.source_cart_id,
  })
  emitEventStep({
    eventName: OrderWorkflowEvents.PLACED,
    data: transform({ orders }, ({ orders }) => orders.map((order) => ({ id: order.order_id }))),
  }).config({ name: emitOrderPlacedStepId })
  emitEventStep({ eventName: OrderGroupEvents.PLACED, data: { id: group.id } }).config({ name: emitOrderGroupPlacedStepId })

  return new WorkflowResponse(transform({ group, orders }, ({ group, orders }): PlaceOrderWorkflowOutput => ({ group_id: group.id, orders })))
})
