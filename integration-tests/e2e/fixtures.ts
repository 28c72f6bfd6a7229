import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { AftersalesReason, AftersalesType } from "../../src/modules/aftersales"
import { SELLER_MODULE } from "../../src/modules/seller"
import { createAftersalesRequestWorkflow } from "../../src/workflows/aftersales"
import { E2E_SHOPPER_EMAIL, E2E_SHOPPER_PASSWORD } from "./shopper"

/**
 * What the browser tests need beyond the demo seed, run once per template database
 * (`medusa exec ./integration-tests/e2e/fixtures.ts`): a shopper with a delivered order of a
 * seeded seller's product (Medusa core flows; no payment is needed to approve a return) and a
 * return request on it that the seller has not answered, and a second delivered order of the same
 * product that the shopper (who can sign in) reviews in the browser tests through the HTTP API.
 */

const ADDRESS = {
  first_name: "민규",
  last_name: "김",
  address_1: "서울특별시 송파구 송파대로 570",
  city: "서울특별시",
  postal_code: "05510",
  country_code: "kr",
  phone: "010-1234-5678",
}

export default async function e2eFixtures({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const {
    result: [customer],
  } = await createCustomersWorkflow(container).run({
    input: { customersData: [{ email: E2E_SHOPPER_EMAIL, first_name: "민규", last_name: "김" }] },
  })
  // A password login (`POST /api/v1/user/login`) for the shopper.
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", {
    body: { email: E2E_SHOPPER_EMAIL, password: E2E_SHOPPER_PASSWORD },
  })
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { customer_id: customer.id } })

  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "krw" })
  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
  const [shippingOption] = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: "일반배송" })

  // A product of the seeded shop 고팡패션.
  const { data: sellers } = await query.graph({
    entity: SELLER_MODULE,
    fields: ["id", "products.id", "products.variants.id", "products.variants.inventory_items.inventory_item_id"],
    filters: { email: "gopang-fashion@seller.gopang.local" },
  })
  const seller = sellers[0] as unknown as {
    id: string
    products: { id: string; variants: { id: string; inventory_items: { inventory_item_id: string }[] }[] }[]
  }
  const variant = seller.products[0].variants[0]

  /** A delivered order of one unit of the variant for the shopper; its line item id. */
  const deliveredOrder = async (): Promise<{ orderId: string; lineItemId: string }> => {
    const { result: order } = await createOrderWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: salesChannel.id,
        customer_id: customer.id,
        email: customer.email,
        currency_code: "krw",
        shipping_address: ADDRESS,
        billing_address: ADDRESS,
        items: [{ variant_id: variant.id, title: "주문 상품", quantity: 1, unit_price: 39900, is_tax_inclusive: true }],
        shipping_methods: [{ name: shippingOption.name, amount: 3000, shipping_option_id: shippingOption.id }],
      },
    })
    await link.create({ [SELLER_MODULE]: { seller_id: seller.id }, [Modules.ORDER]: { order_id: order.id } })
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "items.id"], filters: { id: order.id } })
    const lineItemId = (orders[0].items as { id: string }[])[0].id

    await container.resolve(Modules.INVENTORY).createReservationItems(
      variant.inventory_items.map((item) => ({
        line_item_id: lineItemId,
        inventory_item_id: item.inventory_item_id,
        location_id: location.id,
        quantity: 1,
      }))
    )
    const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
      input: { order_id: order.id, items: [{ id: lineItemId, quantity: 1 }], location_id: location.id },
    })
    await markOrderFulfillmentAsDeliveredWorkflow(container).run({
      input: { orderId: order.id, fulfillmentId: fulfillment.id },
    })
    return { orderId: order.id, lineItemId }
  }
  const { orderId, lineItemId } = await deliveredOrder()
  await deliveredOrder()

  await createAftersalesRequestWorkflow(container).run({
    input: {
      order_id: orderId,
      customer_id: customer.id,
      type: AftersalesType.RETURN,
      reason: AftersalesReason.CHANGE_OF_MIND,
      comment: "사이즈가 맞지 않아요.",
      items: [{ line_item_id: lineItemId, quantity: 1 }],
    },
  })
}
