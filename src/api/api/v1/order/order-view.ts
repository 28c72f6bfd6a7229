import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import {
  DELIVERY_STATE_LABELS,
  DeliveryState,
  ORDER_GROUP_MODULE,
  type OrderGroupModuleService,
  type Receiver,
} from "../../../../modules/order-group"
import { won } from "../../../utils/money"
import { PORTONE_PROVIDER_ID } from "../../../../modules/portone"
import type { PortOnePaymentData } from "../../../../modules/portone/service"

export type OrderItemView = {
  lineId: string
  productId: string | null
  variantId: string | null
  name: string
  optionName: string | null
  thumbnail: string | null
  unitPrice: number
  quantity: number
  subtotal: number
  taxFree: boolean
}

export type OrderHistoryEntry = { from: string | null; to: string; actor: string; reason: string | null; at: string }

/** One seller order as shoppers and sellers see it. Amounts in whole won. */
export type OrderView = {
  orderId: string
  groupId: string
  displayId: number | null
  state: DeliveryState
  stateLabel: string
  seller: { id: string; name: string | null }
  placedAt: string
  items: OrderItemView[]
  itemsTotal: number
  deliveryFee: number
  islandSurcharge: number
  total: number
  refundedAmount: number
  receiver: {
    name: string
    phone: string
    zipCode: string
    address: string
    addressDetail: string | null
    message: string | null
  }
  courier: string | null
  trackingNumber: string | null
  shippedAt: string | null
  deliveredAt: string | null
  cancelledAt: string | null
  history?: OrderHistoryEntry[]
}

export type DeliveryRow = {
  id: string
  order_id: string
  customer_id: string
  seller_id: string
  state: DeliveryState
  delivery_fee: number
  island_surcharge: number
  courier: string | null
  tracking_number: string | null
  shipped_at: Date | null
  delivered_at: Date | null
  cancelled_at: Date | null
  created_at: Date
  group: { id: string; receiver: Receiver; merchant_uid: string | null } | null
  events?: { from_state: string | null; to_state: string; actor_type: string; reason: string | null; created_at: Date }[]
}

type Amount = { amount: number } | null
export type OrderRow = {
  id: string
  display_id: number | null
  created_at: Date
  items: {
    id: string
    product_id: string | null
    variant_id: string | null
    product_title: string | null
    title: string
    variant_title: string | null
    thumbnail: string | null
    unit_price: number
    detail: { quantity: number } | null
    tax_lines: { rate: number }[] | null
  }[] | null
  seller: { id: string; name: string } | null
  payment_collections: {
    payments: { provider_id: string; data: Record<string, unknown> | null; captures: Amount[] | null; refunds: (Amount & { created_at?: Date })[] | null }[] | null
  }[] | null
}

export const ORDER_VIEW_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.product_title",
  "items.title",
  "items.variant_title",
  "items.thumbnail",
  "items.unit_price",
  "items.detail.quantity",
  "items.tax_lines.rate",
  "seller.id",
  "seller.name",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.data",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
]

const sum = (rows: Amount[] | null | undefined) =>
  won((rows ?? []).reduce((total, row) => MathBN.add(total, row?.amount ?? 0), MathBN.convert(0)))

const iso = (date: Date | string | null | undefined) => (date ? new Date(date).toISOString() : null)

export function portOnePaymentOf(order: OrderRow) {
  const payment = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? []).find((p) => p.provider_id === PORTONE_PROVIDER_ID)
  return payment
    ? {
        data: (payment.data ?? {}) as Partial<PortOnePaymentData>,
        paid: sum(payment.captures),
        refunded: sum(payment.refunds),
        refunds: (payment.refunds ?? []).filter((r): r is { amount: number; created_at?: Date } => !!r),
      }
    : undefined
}

export function toOrderView(delivery: DeliveryRow, order: OrderRow): OrderView {
  const items = (order.items ?? []).map((item) => {
    const quantity = Number(item.detail?.quantity ?? 0)
    const unitPrice = won(item.unit_price)
    return {
      lineId: item.id,
      productId: item.product_id,
      variantId: item.variant_id,
      name: item.product_title ?? item.title,
      optionName: item.variant_title,
      thumbnail: item.thumbnail,
      unitPrice,
      quantity,
      subtotal: won(unitPrice * quantity),
      taxFree: !(item.tax_lines ?? []).some((tax) => Number(tax.rate) > 0),
    }
  })
  const itemsTotal = items.reduce((total, item) => total + item.subtotal, 0)
  const receiver = delivery.group?.receiver
  const payment = portOnePaymentOf(order)
  return {
    orderId: order.id,
    groupId: delivery.group?.id ?? "",
    displayId: order.display_id,
    state: delivery.state,
    stateLabel: DELIVERY_STATE_LABELS[delivery.state],
    seller: { id: delivery.seller_id, name: order.seller?.name ?? null },
    placedAt: iso(order.created_at)!,
    items,
    itemsTotal,
    deliveryFee: won(delivery.delivery_fee),
    islandSurcharge: won(delivery.island_surcharge),
    total: won(itemsTotal + won(delivery.delivery_fee)),
    refundedAmount: payment?.refunded ?? 0,
    receiver: {
      name: receiver?.name ?? "",
      phone: receiver?.phone ?? "",
      zipCode: receiver?.zip_code ?? "",
      address: receiver?.address ?? "",
      addressDetail: receiver?.address_detail ?? null,
      message: receiver?.message ?? null,
    },
    courier: delivery.courier,
    trackingNumber: delivery.tracking_number,
    shippedAt: iso(delivery.shipped_at),
    deliveredAt: iso(delivery.delivered_at),
    cancelledAt: iso(delivery.cancelled_at),
    ...(delivery.events
      ? {
          history: [...delivery.events]
            .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
            .map((event) => ({
              from: event.from_state,
              to: event.to_state,
              actor: event.actor_type,
              reason: event.reason,
              at: iso(event.created_at)!,
            })),
        }
      : {}),
  }
}

/** Loads the Medusa orders of the given deliveries and builds their views, in the deliveries' order. */
export async function loadOrderViews(scope: MedusaContainer, deliveries: DeliveryRow[]): Promise<OrderView[]> {
  if (!deliveries.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_VIEW_FIELDS, filters: { id: deliveries.map((d) => d.order_id) } })
  const orders = new Map((data as unknown as OrderRow[]).map((order) => [order.id, order]))
  return deliveries.filter((d) => orders.has(d.order_id)).map((d) => toOrderView(d, orders.get(d.order_id)!))
}

export type DeliveryOwner = { customer_id?: string; seller_id?: string }

/**
 * The delivery record of an order, only when it belongs to the given customer or seller: a
 * missing order and somebody else's both come back undefined (the routes answer 404).
 */
export async function findOwnedDelivery(
  scope: MedusaContainer,
  orderId: string,
  owner: DeliveryOwner,
  withEvents = false
): Promise<DeliveryRow | undefined> {
  const service = scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const [delivery] = await service.listOrderDeliveries(
    { order_id: orderId, ...owner },
    { relations: withEvents ? ["group", "events"] : ["group"] }
  )
  return delivery as unknown as DeliveryRow | undefined
}
