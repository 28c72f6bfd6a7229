import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createOrderFulfillmentWorkflow,
  createOrderWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type { SeedSummary } from "../../../src/scripts/seed"

/**
 * Orders in the states reviews care about, built with Medusa's core flows until the order saga
 * (issue #7) lands; then only this file should change. What the review code relies on is the
 * "delivered orders" contract: the order's customer_id, not canceled, and a fulfillment holding
 * the line item with delivered_at set.
 */
export type OrderFixture = { orderId: string; lineItemIds: string[]; fulfillmentId: string | null }

export type OrderLine = { variantId: string; quantity?: number; unitPrice?: number }

export type OrderState = "placed" | "shipped" | "delivered"

const ADDRESS = {
  first_name: "민규",
  last_name: "김",
  address_1: "서울특별시 송파구 송파대로 570",
  city: "서울특별시",
  postal_code: "05510",
  country_code: "kr",
  phone: "010-1234-5678",
}

export async function createOrderFixture(
  container: MedusaContainer,
  seed: SeedSummary,
  customer: { id: string; email: string },
  lines: OrderLine[],
  state: OrderState = "delivered"
): Promise<OrderFixture> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [shippingOption] = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: "일반배송" })

  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: seed.regionId,
      sales_channel_id: seed.salesChannelId,
      customer_id: customer.id,
      email: customer.email,
      currency_code: "krw",
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
      items: lines.map((line) => ({
        variant_id: line.variantId,
        title: "주문 상품",
        quantity: line.quantity ?? 1,
        unit_price: line.unitPrice ?? 19900,
        is_tax_inclusive: true,
      })),
      shipping_methods: [{ name: shippingOption.name, amount: 3000, shipping_option_id: shippingOption.id }],
    },
  })

  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.variant_id", "items.product_id", "items.variant.inventory_items.inventory_item_id"],
    filters: { id: order.id },
  })
  // query.graph fills an order item's quantity only from its detail row: take it from the input.
  const quantities = new Map(lines.map((line) => [line.variantId, line.quantity ?? 1]))
  const items = (
    (orders[0].items ?? []) as unknown as {
      id: string
      variant_id: string
      product_id: string
      variant?: { inventory_items?: { inventory_item_id: string }[] } | null
    }[]
  ).map((item) => ({ ...item, quantity: quantities.get(item.variant_id) ?? 1 }))

  // A seller order belongs to the seller of its products (the seller-order link).
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "seller.id"],
    filters: { id: items.map((item) => item.product_id) },
  })
  const sellerId = (products[0]?.seller as { id: string } | undefined)?.id
  if (sellerId) {
    await link.create({ [SELLER_MODULE]: { seller_id: sellerId }, [Modules.ORDER]: { order_id: order.id } })
  }

  if (state === "placed") {
    return { orderId: order.id, lineItemIds: items.map((item) => item.id), fulfillmentId: null }
  }

  // What completing a cart does: reserve stock at the fulfilment centre, so it can be fulfilled.
  await container.resolve(Modules.INVENTORY).createReservationItems(
    items.flatMap((item) =>
      (item.variant?.inventory_items ?? []).map((inventory) => ({
        line_item_id: item.id,
        inventory_item_id: inventory.inventory_item_id,
        location_id: seed.stockLocationId,
        quantity: Number(item.quantity),
      }))
    )
  )
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: {
      order_id: order.id,
      items: items.map((item) => ({ id: item.id, quantity: Number(item.quantity) })),
      location_id: seed.stockLocationId,
    },
  })
  if (state === "delivered") {
    await markOrderFulfillmentAsDeliveredWorkflow(container).run({
      input: { orderId: order.id, fulfillmentId: fulfillment.id },
    })
  }
  return { orderId: order.id, lineItemIds: items.map((item) => item.id), fulfillmentId: fulfillment.id }
}
