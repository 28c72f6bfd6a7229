import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, MathBN } from "@medusajs/framework/utils"
import { cartView } from "../../api/v1/cart/cart-view"
import { buildReceipt } from "../../api/v1/history/receipt"
import { toItemCard } from "../../api/v1/items/cards"
import { portOnePaymentOf, toOrderView, type DeliveryRow, type OrderRow } from "../../api/v1/order/order-view"
import { toAftersalesView } from "../../api/v1/return/aftersales-view"
import { serializeSeller, serializeSellerItem, type SellerItemGraph } from "../../api/v1/seller/serializers"
import { DeliveryState } from "../../../modules/order-group"
import { PORTONE_PROVIDER_ID } from "../../../modules/portone"
import { won, wonOrNull } from "../money"

/**
 * Values that come out of Medusa's BigNumber arithmetic with residue: 30,000 − 29,999.999…97 is
 * 3e-21 (what `/api/v1` used to show as `orderAmount`), and their neighbours in every form
 * Medusa hands amounts back (BigNumber, raw `{ value }`, numeric strings, floats).
 */
const residueZero = MathBN.sub(30000, "29999.999999999999999999997")
/** The same residue as Medusa stores it (`raw_*` columns) and hands it back. */
const rawResidue = new BigNumber(residueZero).raw!
const almost30000 = 29999.999999999996
const almost3000String = "3000.0000000000005"
const raw3000 = { value: "2999.99999999999999999", precision: 20 }
const almost1000 = new BigNumber(MathBN.mult("0.1", "10000.000000000000000001"))

/** Every number in an answer, with its path; amounts must be whole won. */
function numbers(value: unknown, path = "$"): [string, number][] {
  if (typeof value === "number") {
    return [[path, value]]
  }
  if (Array.isArray(value)) {
    return value.flatMap((entry, i) => numbers(entry, `${path}[${i}]`))
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, entry]) => numbers(entry, `${path}.${key}`))
  }
  return []
}

function expectWholeWon(answer: unknown) {
  // Through JSON, as the answer is sent.
  const sent = JSON.parse(JSON.stringify(answer))
  const fractional = numbers(sent).filter(([, n]) => !Number.isInteger(n))
  expect(fractional).toEqual([])
  expect(JSON.stringify(sent)).not.toMatch(/e-\d/)
}

describe("won", () => {
  it("shows whole won for every form Medusa gives amounts in", () => {
    expect(residueZero.toNumber()).toEqual(3e-21)
    expect(won(residueZero)).toEqual(0)
    expect(won(residueZero.toNumber())).toEqual(0)
    expect(won(rawResidue)).toEqual(0)
    expect(Object.is(won(new BigNumber(MathBN.sub(0, "0.0000001"))), -0)).toBe(false)
    expect(won(almost30000)).toEqual(30000)
    expect(won(almost3000String)).toEqual(3000)
    expect(won(raw3000)).toEqual(3000)
    expect(won(almost1000)).toEqual(1000)
    expect(won(29999.5)).toEqual(30000)
    expect(won(-2999.5)).toEqual(-3000)
    expect(won(null)).toEqual(0)
    expect(won(undefined)).toEqual(0)
    expect(wonOrNull(null)).toBeNull()
    expect(wonOrNull(almost3000String)).toEqual(3000)
  })
})

describe("/api/v1 views", () => {
  const delivery: DeliveryRow = {
    id: "odl_1",
    order_id: "order_1",
    customer_id: "cus_1",
    seller_id: "sel_1",
    state: DeliveryState.DELIVERED,
    delivery_fee: almost3000String as unknown as number,
    island_surcharge: residueZero.toNumber(),
    courier: "CJ대한통운",
    tracking_number: "1234",
    shipped_at: new Date(),
    delivered_at: new Date(),
    cancelled_at: null,
    created_at: new Date(),
    group: { id: "ogrp_1", merchant_uid: "m_1", receiver: { name: "김고팡", phone: "010", zip_code: "05510", address: "서울" } },
  }
  const order: OrderRow = {
    id: "order_1",
    display_id: 1,
    created_at: new Date(),
    items: [
      {
        id: "li_1",
        product_id: "prod_1",
        variant_id: "variant_1",
        product_title: "원피스",
        title: "원피스",
        variant_title: "M",
        thumbnail: null,
        unit_price: almost30000,
        detail: { quantity: 1 },
        tax_lines: [{ rate: 10 }],
      },
    ],
    seller: { id: "sel_1", name: "상점" },
    payment_collections: [
      {
        payments: [
          {
            provider_id: PORTONE_PROVIDER_ID,
            data: { group_total: almost30000 + 3000, card_masked: "1234-****" },
            captures: [{ amount: raw3000 as unknown as number }, { amount: almost30000 }],
            refunds: [{ amount: new BigNumber(MathBN.sub(almost30000, "3000.000000000000000000003")) as unknown as number }],
          },
        ],
      },
    ],
  }

  it("order view and receipt", () => {
    const view = toOrderView(delivery, order)
    expectWholeWon(view)
    expect(view).toMatchObject({ itemsTotal: 30000, deliveryFee: 3000, islandSurcharge: 0, total: 33000, refundedAmount: 27000 })
    const receipt = buildReceipt(view, portOnePaymentOf(order))
    expectWholeWon(receipt)
    expect(receipt.payment).toMatchObject({ paidAmount: 33000, purchaseTotal: 33000 })
    expect(receipt.netPaid).toEqual(6000)
  })

  it("cart view", async () => {
    const rows: Record<string, unknown[]> = {
      cart: [
        {
          id: "cart_1",
          items: [
            { id: "cali_1", variant_id: "v1", product_id: "prod_1", title: "원피스", product_title: "원피스", variant_title: "M", thumbnail: null, quantity: "1", unit_price: rawResidue, created_at: new Date(0) },
            { id: "cali_2", variant_id: "v2", product_id: "prod_1", title: "원피스", product_title: "원피스", variant_title: "L", thumbnail: null, quantity: 3, unit_price: almost30000, created_at: new Date(1) },
          ],
        },
      ],
      product: [
        { id: "prod_1", seller: { id: "sel_1", name: "상점", delivery_policy: { delivery_cost: almost3000String, free_delivery_threshold: null, jeju_mountain_extra_cost: raw3000 } } },
      ],
    }
    const scope = {
      resolve: () => ({ graph: async ({ entity }: { entity: string }) => ({ data: rows[entity] ?? [] }) }),
    } as unknown as MedusaContainer
    const view = await cartView(scope, "cart_1", { zipCode: "63100" })
    expectWholeWon(view)
    expect(view.totals).toMatchObject({ itemsTotal: 90000, deliveryTotal: 6000, total: 96000 })
  })

  it("return/exchange view", () => {
    const request = {
      id: "asr_1",
      display_id: "7",
      type: "return",
      state: "completed",
      order_id: "order_1",
      seller_id: "sel_1",
      reason: "change_of_mind",
      items: [{ line_item_id: "li_1", title: "원피스", quantity: 1, unit_price: almost30000 }],
      pickup_name: "김고팡",
      pickup_address: "서울",
      shipping_fee: raw3000,
      fee_payer: "customer",
      items_amount: almost30000,
      delivery_fee_refund: residueZero.toNumber(),
      refund_amount: new BigNumber(MathBN.sub(almost30000, raw3000)),
      history: [],
      created_at: new Date(),
    }
    const view = toAftersalesView(request as unknown as Parameters<typeof toAftersalesView>[0])
    expectWholeWon(view)
    expect(view).toMatchObject({ shippingFee: 3000, itemsAmount: 30000, deliveryFeeRefund: 0, refundAmount: 27000 })
  })

  it("seller, seller item and item card", () => {
    const seller = serializeSeller({
      id: "sel_1",
      delivery_policy: { delivery_cost: almost3000String, jeju_mountain_extra_cost: raw3000, free_delivery_threshold: almost30000 },
      return_policy: { return_delivery_cost: rawResidue, exchange_delivery_cost: almost3000String },
    } as unknown as Parameters<typeof serializeSeller>[0])
    expectWholeWon(seller)
    expect(seller.delivery_policy).toMatchObject({ delivery_cost: 3000, jeju_mountain_extra_cost: 3000, free_delivery_threshold: 30000 })

    const item = serializeSellerItem({
      id: "prod_1",
      title: "원피스",
      handle: "wonpiseu-abc123",
      variants: [{ id: "v1", title: "M", sku: null, manage_inventory: true, prices: [{ amount: almost30000, currency_code: "krw" }], inventory_items: [] }],
    } as unknown as SellerItemGraph)
    expectWholeWon(item)
    expect(item.variants[0].price).toEqual(30000)

    const card = toItemCard({
      product_id: "prod_1",
      handle: "wonpiseu-abc123",
      title: "원피스",
      thumbnail: null,
      min_price: almost30000,
      currency_code: "krw",
      in_stock: true,
      seller_id: "sel_1",
      seller_name: "상점",
      free_shipping: false,
      rating_avg: 4,
      review_count: 2,
      units_sold_30d: 0,
      published_at: new Date(),
    })
    expectWholeWon(card)
    expect(card.price).toEqual(30000)
  })
})
