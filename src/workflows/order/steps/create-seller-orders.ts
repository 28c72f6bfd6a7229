import type { CreateOrderDTO, LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  DeliveryActor,
  DeliveryState,
  ORDER_GROUP_MODULE,
  OrderGroupStatus,
  type OrderGroupModuleService,
} from "../../../modules/order-group"
import { SELLER_MODULE } from "../../../modules/seller"
import type { SellerOrderPayment } from "./authorize-order-payment"
import type { SellerCart } from "./create-seller-carts"

export type CreateSellerOrdersStepInput = {
  group_id: string
  merchant_uid: string
  payment_flow: "keyed" | "v2_browser"
  carts: SellerCart[]
  payments: SellerOrderPayment[]
  /**
   * The shopper's own cart when the purchase comes from one (the store API, `/api/v1/payment/pay`):
   * the first seller order is linked to it instead of its seller cart (Medusa links an order to
   * one cart), so the shopper's cart answers that order.
   */
  source_cart_id?: string | null
}

export type CreatedSellerOrder = { order_id: string; seller_id: string; delivery_id: string; total: number }

type CartRow = {
  id: string
  region_id: string
  customer_id: string
  sales_channel_id: string | null
  email: string | null
  shipping_address: Record<string, unknown> | null
  items: (Record<string, unknown> & { id: string; variant_id: string; tax_lines: Record<string, unknown>[] | null })[]
  shipping_methods: { name: string; amount: number; shipping_option_id: string | null; data: Record<string, unknown> | null }[]
}

type Compensation = {
  order_ids: string[]
  links: LinkDefinition[]
  reservations: { id: string; line_item_id: string }[]
  delivery_ids: string[]
  group_id: string
}

const ITEM_FIELDS = [
  "title",
  "subtitle",
  "thumbnail",
  "quantity",
  "variant_id",
  "product_id",
  "product_title",
  "product_description",
  "product_subtitle",
  "product_type",
  "product_type_id",
  "product_collection",
  "product_handle",
  "variant_sku",
  "variant_barcode",
  "variant_title",
  "variant_option_values",
  "requires_shipping",
  "is_discountable",
  "is_tax_inclusive",
  "unit_price",
  "metadata",
]

export const createSellerOrdersStepId = "create-seller-orders"

/**
 * Step 5: one Medusa order per seller cart, each linked to its seller, its cart and its payment
 * share (with the capture recorded as an order transaction, so Medusa shows it paid); the stock
 * reservations move from cart lines to order lines; the delivery records start at 결제완료.
 * Compensation removes all of it.
 */
export const createSellerOrdersStep = createStep(
  createSellerOrdersStepId,
  async (input: CreateSellerOrdersStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const orderModule = container.resolve(Modules.ORDER)
    const inventory = container.resolve(Modules.INVENTORY)
    const cartModule = container.resolve(Modules.CART)
    const groups = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const comp: Compensation = { order_ids: [], links: [], reservations: [], delivery_ids: [], group_id: input.group_id }
    const created: CreatedSellerOrder[] = []
    try {
      const { data } = await query.graph({
        entity: "cart",
        fields: [
          "id",
          "region_id",
          "customer_id",
          "sales_channel_id",
          "email",
          "shipping_address.*",
          ...ITEM_FIELDS.map((f) => `items.${f}`),
          "items.id",
          "items.tax_lines.*",
          "shipping_methods.name",
          "shipping_methods.amount",
          "shipping_methods.shipping_option_id",
          "shipping_methods.data",
        ],
        filters: { id: input.carts.map((c) => c.cart_id) },
      })
      const cartById = new Map((data as unknown as CartRow[]).map((cart) => [cart.id, cart]))
      for (const sellerCart of input.carts) {
        const cart = cartById.get(sellerCart.cart_id)!
        const payment = input.payments.find((p) => p.cart_id === cart.id)!
        const address = { ...(cart.shipping_address ?? {}) }
        delete address.id
        const order: CreateOrderDTO = {
          region_id: cart.region_id,
          customer_id: cart.customer_id,
          sales_channel_id: cart.sales_channel_id ?? undefined,
          status: OrderStatus.PENDING,
          email: cart.email ?? undefined,
          currency_code: "krw",
          shipping_address: address,
          items: cart.items.map((item) => {
            const line: Record<string, unknown> = {}
            for (const field of ITEM_FIELDS) {
              line[field] = item[field]
            }
            line.tax_lines = (item.tax_lines ?? []).map((tax) => ({
              code: tax.code,
              rate: tax.rate,
              description: tax.description,
              tax_rate_id: tax.tax_rate_id,
              provider_id: tax.provider_id,
            }))
            return line
          }) as unknown as CreateOrderDTO["items"],
          shipping_methods: cart.shipping_methods.map((method) => ({
            name: method.name,
            amount: method.amount,
            shipping_option_id: method.shipping_option_id ?? undefined,
            data: method.data ?? undefined,
            is_tax_inclusive: true,
          })) as CreateOrderDTO["shipping_methods"],
          metadata: { order_group_id: input.group_id, seller_id: sellerCart.seller_id },
        }
        const [createdOrder] = await orderModule.createOrders([order])
        comp.order_ids.push(createdOrder.id)

        const links: LinkDefinition[] = [
          { [Modules.ORDER]: { order_id: createdOrder.id }, [Modules.PAYMENT]: { payment_collection_id: payment.payment_collection_id } },
          {
            [Modules.ORDER]: { order_id: createdOrder.id },
            [Modules.CART]: { cart_id: input.source_cart_id && created.length === 0 ? input.source_cart_id : cart.id },
          },
          { [SELLER_MODULE]: { seller_id: sellerCart.seller_id }, [Modules.ORDER]: { order_id: createdOrder.id } },
        ]
        await link.create(links)
        comp.links.push(...links)

        if (payment.capture_ids.length) {
          await orderModule.addOrderTransactions(
            payment.capture_ids.map((captureId, i) => ({
              order_id: createdOrder.id,
              amount: i === 0 ? payment.amount : 0,
              currency_code: "krw",
              reference: "capture",
              reference_id: captureId,
            }))
          )
        }

        // The reservations were made for the cart lines: hand them to the order lines.
        const orderItemByVariant = new Map((createdOrder.items ?? []).map((item) => [item.variant_id, item.id]))
        const cartLineIds = cart.items.map((item) => item.id)
        const reservations = await inventory.listReservationItems({ line_item_id: cartLineIds })
        if (reservations.length) {
          const cartLineVariant = new Map(cart.items.map((item) => [item.id, item.variant_id]))
          await inventory.updateReservationItems(
            reservations.map((r) => ({ id: r.id, line_item_id: orderItemByVariant.get(cartLineVariant.get(r.line_item_id!)!)! }))
          )
          comp.reservations.push(...reservations.map((r) => ({ id: r.id, line_item_id: r.line_item_id! })))
        }
        await cartModule.updateCarts([{ id: cart.id, completed_at: new Date() }])

        const delivery = await groups.createOrderDeliveries({
          order_id: createdOrder.id,
          customer_id: cart.customer_id,
          seller_id: sellerCart.seller_id,
          group_id: input.group_id,
          state: DeliveryState.PAYMENT_COMPLETED,
          delivery_fee: sellerCart.delivery_fee,
          island_surcharge: sellerCart.island_surcharge,
        })
        comp.delivery_ids.push(delivery.id)
        await groups.createOrderDeliveryEvents({
          delivery_id: delivery.id,
          from_state: null,
          to_state: DeliveryState.PAYMENT_COMPLETED,
          actor_type: DeliveryActor.CUSTOMER,
          actor_id: cart.customer_id,
        })
        created.push({ order_id: createdOrder.id, seller_id: sellerCart.seller_id, delivery_id: delivery.id, total: sellerCart.total })
      }
      await groups.updateOrderGroups({
        id: input.group_id,
        status: OrderGroupStatus.PLACED,
        payment_flow: input.payment_flow,
        items_total: input.carts.reduce((sum, c) => sum + c.items_total, 0),
        delivery_total: input.carts.reduce((sum, c) => sum + c.delivery_fee, 0),
        total: input.carts.reduce((sum, c) => sum + c.total, 0),
        placed_at: new Date(),
      })
    } catch (error) {
      await undo(container, comp)
      throw error
    }
    return new StepResponse(created, comp)
  },
  async (comp, { container }) => {
    if (comp) {
      await undo(container, comp)
    }
  }
)

async function undo(container: MedusaContainer, comp: Compensation): Promise<void> {
  const groups = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  if (comp.delivery_ids.length) {
    const events = await groups.listOrderDeliveryEvents({ delivery_id: comp.delivery_ids }, { select: ["id"] })
    await groups.deleteOrderDeliveryEvents(events.map((e) => e.id))
    await groups.deleteOrderDeliveries(comp.delivery_ids)
  }
  await groups.updateOrderGroups({ id: comp.group_id, status: OrderGroupStatus.PENDING, placed_at: null })
  if (comp.reservations.length) {
    await container.resolve(Modules.INVENTORY).updateReservationItems(comp.reservations)
  }
  if (comp.links.length) {
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(comp.links)
  }
  if (comp.order_ids.length) {
    await container.resolve(Modules.ORDER).deleteOrders(comp.order_ids)
  }
}
