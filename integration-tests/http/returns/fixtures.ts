import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { depositCard, discardCard } from "../../../src/modules/portone/lib/card"
import { SELLER_MODULE, type SellerModuleService } from "../../../src/modules/seller"
import { completeMarketplaceCartWorkflow } from "../../../src/workflows/order"
import { newPurchaseMerchantUid } from "../../../src/workflows/order/utils/merchant-uid"
import { TEST_CARD } from "../../portone-server/harness"

/**
 * Delivered seller orders for the return and exchange specs:
 *   1. a cart of one seller's variants with 일반배송 (고팡 택배: the seller's delivery fee);
 *   2. paid by keyed card through completeMarketplaceCartWorkflow (the order saga, PortOne test
 *      server): a seller order linked to its seller, with its payment share captured;
 *   3. Medusa's createOrderFulfillmentWorkflow, createOrderShipmentWorkflow (tracking label) and
 *      markOrderFulfillmentAsDeliveredWorkflow; `deliveredDaysAgo` then moves delivered_at back.
 */

export type DeliveredOrderInput = {
  customerId: string
  email: string
  sellerId: string
  regionId: string
  items: { variantId: string; quantity: number }[]
  /** The delivery fee to charge: the seller's policy is made that flat fee while the order is placed. */
  deliveryFee?: number
  /** false: paid and linked but not shipped (for the "not delivered" refusal). */
  deliver?: boolean
  deliveredDaysAgo?: number
}

export type DeliveredOrder = {
  order: { id: string; total: number; shippingTotal: number }
  lineItems: { id: string; variantId: string; quantity: number; unitPrice: number; total: number }[]
  payment: { id: string; impUid: string; merchantUid: string; amount: number }
  fulfillmentId: string | null
}

const SHIPPING_ADDRESS = {
  first_name: "길동",
  last_name: "홍",
  address_1: "서울특별시 송파구 송파대로 570",
  city: "서울특별시",
  postal_code: "05510",
  country_code: "kr",
  phone: "010-1234-5678",
}

export async function createDeliveredOrder(container: MedusaContainer, input: DeliveredOrderInput): Promise<DeliveredOrder> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)

  // A fee asked for is the seller's policy while this order is placed (flat, never free).
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const policy = input.deliveryFee === undefined ? null : (await sellers.retrieveSeller(input.sellerId, { relations: ["delivery_policy"] })).delivery_policy
  if (policy) {
    await sellers.updateSellerDeliveryPolicies({ id: policy.id, delivery_cost: input.deliveryFee!, free_delivery_threshold: null })
  }
  let orderId: string
  try {
    orderId = await placeOrder(container, input)
  } finally {
    if (policy) {
      await sellers.updateSellerDeliveryPolicies({
        id: policy.id,
        delivery_cost: policy.delivery_cost,
        free_delivery_threshold: policy.free_delivery_threshold,
      })
    }
  }

  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "shipping_total",
      "items.id",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      "items.total",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
    ],
    filters: { id: orderId },
  })
  type OrderRow = {
    total: number
    shipping_total: number
    items: { id: string; variant_id: string | null; quantity: number; unit_price: number; total: number }[] | null
    payment_collections: { payments: { id: string; amount: number; data: Record<string, unknown> | null }[] | null }[] | null
  }
  const order = orders[0] as unknown as OrderRow
  const lineItems: DeliveredOrder["lineItems"] = (order.items ?? []).map((item) => ({
    id: item!.id,
    variantId: item!.variant_id!,
    quantity: Number(item!.quantity),
    unitPrice: Number(item!.unit_price),
    total: Number(item!.total),
  }))
  const payment = order.payment_collections![0]!.payments![0]!
  const paymentData = payment.data as { imp_uid: string; merchant_uid: string }

  let fulfillmentId: string | null = null
  if (input.deliver !== false) {
    const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
      input: { order_id: orderId, items: lineItems.map((item) => ({ id: item.id, quantity: item.quantity })) },
    })
    fulfillmentId = fulfillment.id
    await createOrderShipmentWorkflow(container).run({
      input: {
        order_id: orderId,
        fulfillment_id: fulfillment.id,
        items: lineItems.map((item) => ({ id: item.id, quantity: item.quantity })),
        labels: [{ tracking_number: `CJ${Date.now()}`, tracking_url: "https://trace.cjlogistics.com", label_url: "https://trace.cjlogistics.com" }],
      },
    })
    await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId: fulfillment.id } })
    if (input.deliveredDaysAgo) {
      const deliveredAt = new Date(Date.now() - input.deliveredDaysAgo * 24 * 60 * 60 * 1000)
      await fulfillmentModule.updateFulfillment(fulfillment.id, { delivered_at: deliveredAt })
    }
  }

  return {
    order: { id: orderId, total: Number(order.total), shippingTotal: Number(order.shipping_total) },
    lineItems,
    payment: { id: payment.id, impUid: paymentData.imp_uid, merchantUid: paymentData.merchant_uid, amount: Number(payment.amount) },
    fulfillmentId,
  }
}

/** The delivered order's purchase: a cart of the items with 일반배송, paid by card through the saga. */
async function placeOrder(container: MedusaContainer, input: DeliveredOrderInput): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: input.regionId,
      customer_id: input.customerId,
      email: input.email,
      shipping_address: SHIPPING_ADDRESS,
      items: input.items.map((item) => ({ variant_id: item.variantId, quantity: item.quantity })),
    },
  })
  const [standard] = await fulfillmentModule.listShippingOptions({ name: "일반배송" })
  // 고팡 택배 prices the method by the seller's policy, as the saga charges it.
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: standard.id }] } })
  const { data: priced } = await query.graph({ entity: "cart", fields: ["id", "total", "shipping_total"], filters: { id: cart.id } })
  if (input.deliveryFee !== undefined && Number(priced[0].shipping_total) !== input.deliveryFee) {
    throw new Error(`fixture: the seller's policy charges ${priced[0].shipping_total}, not ${input.deliveryFee}`)
  }
  const amount = Number(priced[0].total)
  const cardToken = depositCard({ ...TEST_CARD })
  try {
    const { result } = await completeMarketplaceCartWorkflow(container).run({
      input: {
        cart_id: cart.id,
        customer_id: input.customerId,
        payment: { flow: "keyed", merchant_uid: newPurchaseMerchantUid(), card_token: cardToken, amount },
      },
    })
    return result.order_id
  } finally {
    discardCard(cardToken)
  }
}
