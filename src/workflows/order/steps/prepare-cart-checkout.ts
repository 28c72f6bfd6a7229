import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createHash } from "node:crypto"
import { PORTONE_PROVIDER_ID, portOneIdForSession } from "../../../modules/portone"
import type { PlaceOrderWorkflowInput } from "../workflows/place-order"

/** How a cart is paid: the browser's V2 payment of its session (store API), or a keyed card (/api/v1). */
export type CartCheckoutPayment = { flow: "v2_browser" } | { flow: "keyed"; merchant_uid: string; card_token: string; amount: number }

export type PrepareCartCheckoutStepInput = {
  cart_id: string
  /** The signed-in caller; absent when a PortOne webhook completes the cart for its owner. */
  customer_id?: string
  payment: CartCheckoutPayment
}

export type CartCheckout = {
  /** The order a completed cart already has (its first seller order): nothing else happens. */
  completed_order_id: string | null
  /** The saga's input for an open cart. */
  place: PlaceOrderWorkflowInput | null
}

type Session = { id: string; provider_id: string; amount: number | string; data?: Record<string, unknown> | null }
type CheckoutCart = {
  id: string
  customer_id: string | null
  completed_at: Date | string | null
  currency_code: string
  customer?: { has_account?: boolean | null } | null
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
    postal_code?: string | null
    address_1?: string | null
    address_2?: string | null
  } | null
  items?: ({ variant_id?: string | null; quantity: number | string } | null)[] | null
  shipping_methods?: ({ id: string } | null)[] | null
  payment_collection?: { payment_sessions?: (Session | null)[] | null } | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The cart's browser payment: the one PortOne V2 session, with the id the provider issued for it. */
function sessionPayment(cart: CheckoutCart): { payment_id: string; amount: number } {
  const sessions = (cart.payment_collection?.payment_sessions ?? []).filter((session): session is Session => !!session)
  const other = sessions.find((session) => session.provider_id !== PORTONE_PROVIDER_ID)
  if (other) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `provider_id: 고팡은 포트원 결제(${PORTONE_PROVIDER_ID})만 받습니다. ${other.provider_id} 결제로는 주문할 수 없습니다.`,
      "payment_provider_not_allowed"
    )
  }
  const [session] = sessions
  if (!session) {
    throw invalid(`payment_collection: 결제 세션이 없습니다. 포트원 결제(${PORTONE_PROVIDER_ID}) 세션을 만들고 결제한 뒤 주문해 주세요.`)
  }
  const data = session.data ?? {}
  if (data.flow !== "v2_browser") {
    throw invalid('payment_session.data.flow: 스토어 주문은 포트원 V2 결제창으로 결제합니다. 결제 세션을 { "flow": "v2_browser" }로 만들어 주세요.')
  }
  // Only the id the provider issued for this very session (`gp` + its ULID, + attempt) can pay it.
  const attempt = typeof data.attempt === "number" ? data.attempt : 0
  const issued = typeof data.payment_id === "string" && data.payment_id === portOneIdForSession(session.id, attempt)
  if (!issued || typeof data.amount !== "number") {
    throw invalid("payment_session.data: 결제 세션이 올바르지 않습니다. 결제 세션을 다시 만들어 주세요.")
  }
  return { payment_id: data.payment_id as string, amount: data.amount }
}

export const prepareCartCheckoutStepId = "prepare-cart-checkout"

/**
 * Reads a cart that is to become a purchase and turns it into the order saga's input, or finds the
 * order it already became. Refuses (4xx naming the field) a cart that is not the caller's, a
 * guest's, one without lines, an address the courier can use, a shipping method, or a PortOne V2
 * payment session; judging the lines, fees and amount is the saga's own work.
 */
export const prepareCartCheckoutStep = createStep(prepareCartCheckoutStepId, async (input: PrepareCartCheckoutStepInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "completed_at",
      "currency_code",
      "customer.has_account",
      "shipping_address.*",
      "items.variant_id",
      "items.quantity",
      "shipping_methods.id",
      "payment_collection.payment_sessions.id",
      "payment_collection.payment_sessions.provider_id",
      "payment_collection.payment_sessions.amount",
      "payment_collection.payment_sessions.data",
    ],
    filters: { id: input.cart_id },
  })
  const cart = data[0] as CheckoutCart | undefined
  if (!cart || (input.customer_id !== undefined && cart.customer_id !== input.customer_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "장바구니를 찾을 수 없습니다.")
  }
  if (cart.completed_at) {
    // A cart is linked to one order (Medusa's order_cart): the purchase's first seller order.
    const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
    const first = links[0] as { order_id: string } | undefined
    if (!first) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "이미 완료된 장바구니입니다.")
    }
    return new StepResponse<CartCheckout>({ completed_order_id: first.order_id, place: null })
  }
  if (!cart.customer_id || !cart.customer?.has_account) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "customer_id: 로그인한 회원만 주문할 수 있습니다. 로그인한 뒤 장바구니를 회원에게 연결해 주세요.")
  }
  if (cart.currency_code.toLowerCase() !== "krw") {
    throw invalid("currency_code: 고팡은 원화(KRW) 장바구니만 주문할 수 있습니다.")
  }
  const lines = (cart.items ?? [])
    .filter((item): item is NonNullable<typeof item> => !!item?.variant_id)
    .map((item) => ({ variant_id: item.variant_id!, quantity: Number(item.quantity) }))
  if (!lines.length) {
    throw invalid("items: 장바구니가 비어 있습니다.")
  }
  const address = cart.shipping_address
  const name = [address?.last_name, address?.first_name].filter((part) => !!part?.trim()).join("")
  const missing = [
    !name && "shipping_address.first_name",
    !address?.phone?.trim() && "shipping_address.phone",
    !/^\d{5}$/.test(address?.postal_code?.trim() ?? "") && "shipping_address.postal_code",
    !address?.address_1?.trim() && "shipping_address.address_1",
  ].filter((field): field is string => !!field)
  if (missing.length) {
    throw invalid(`${missing.join(", ")}: 받는 분 이름, 연락처, 우편번호(5자리)와 주소를 입력해 주세요.`)
  }
  if (!(cart.shipping_methods ?? []).some((method) => !!method)) {
    throw invalid("shipping_methods: 배송 방법(일반배송)을 선택해 주세요.")
  }

  const payment =
    input.payment.flow === "v2_browser"
      ? (() => {
          const paid = sessionPayment(cart)
          return { flow: "v2_browser" as const, merchant_uid: paid.payment_id, amount: paid.amount }
        })()
      : { flow: "keyed" as const, merchant_uid: input.payment.merchant_uid, card_token: input.payment.card_token, amount: input.payment.amount }
  const place: PlaceOrderWorkflowInput = {
    customer_id: cart.customer_id,
    // One purchase per cart and payment: a retry with a new payment is a new purchase.
    idempotency_key: `cart:${cart.id}:${payment.merchant_uid}`,
    request_hash: createHash("sha256").update(JSON.stringify({ cart: cart.id, lines, payment: payment.merchant_uid })).digest("hex"),
    lines,
    receiver: {
      name,
      phone: address!.phone!.trim(),
      zip_code: address!.postal_code!.trim(),
      address: address!.address_1!.trim(),
      address_detail: address?.address_2?.trim() || null,
      message: null,
    },
    payment,
    source_cart_id: cart.id,
  }
  return new StepResponse<CartCheckout>({ completed_order_id: null, place })
})
