import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  AFTERSALES_MODULE,
  type AftersalesModuleService,
  AftersalesReason,
  AftersalesState,
  AftersalesType,
  FeePayer,
  isSellerFault,
  OPEN_STATES,
  windowDaysFor,
} from "../../../modules/aftersales"

export type AftersalesPickupInput = { name?: string; phone?: string; address?: string; postal_code?: string }

export type ValidateAftersalesRequestStepInput = {
  order_id: string
  customer_id: string
  type: AftersalesType
  reason: AftersalesReason
  comment?: string | null
  items: { line_item_id: string; quantity: number; replacement_variant_id?: string | null }[]
  pickup?: AftersalesPickupInput
  /** For tests and operators: the time the request is made (default: now). */
  now?: Date
}

export type PreparedAftersalesRequest = {
  type: AftersalesType
  order_id: string
  customer_id: string
  seller_id: string
  reason: AftersalesReason
  comment: string | null
  pickup_name: string
  pickup_phone: string | null
  pickup_address: string
  pickup_postal_code: string | null
  shipping_fee: number
  fee_payer: FeePayer
  items_amount: number
  delivery_fee_refund: number
  refund_amount: number
  items: {
    line_item_id: string
    variant_id: string | null
    title: string
    quantity: number
    unit_price: number
    replacement_variant_id: string | null
    replacement_title: string | null
  }[]
}

type OrderRow = {
  id: string
  status: string
  customer_id: string | null
  canceled_at: string | Date | null
  shipping_total: number
  seller?: { id: string; return_policy?: { return_delivery_cost: number; exchange_delivery_cost: number } | null } | null
  shipping_address?: {
    first_name: string | null
    last_name: string | null
    address_1: string | null
    address_2: string | null
    postal_code: string | null
    phone: string | null
  } | null
  items: {
    id: string
    title: string
    variant_title: string | null
    variant_id: string | null
    product_id: string | null
    quantity: number
    total: number
  }[]
  fulfillments: {
    id: string
    delivered_at: string | Date | null
    canceled_at: string | Date | null
    items: { line_item_id: string | null; quantity: number }[] | null
  }[] | null
}

const DAY_MS = 24 * 60 * 60 * 1000

const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, "주문을 찾을 수 없습니다.")

export const validateAftersalesRequestStepId = "validate-aftersales-request"

/**
 * Checks a customer's return or exchange request against the order and earlier requests, and
 * prices it: only delivered items of the caller's own seller order, within the reason's window
 * after delivery, never more than bought minus what is returned or being returned, one open
 * request per line item, replacements from the same product. Fees come from the seller's
 * return policy (반품/교환정보).
 */
export const validateAftersalesRequestStep = createStep(
  validateAftersalesRequestStepId,
  async (input: ValidateAftersalesRequestStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const aftersales = container.resolve<AftersalesModuleService>(AFTERSALES_MODULE)
    const now = input.now ?? new Date()

    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "customer_id",
        "canceled_at",
        "shipping_total",
        "seller.id",
        "seller.return_policy.return_delivery_cost",
        "seller.return_policy.exchange_delivery_cost",
        "shipping_address.first_name",
        "shipping_address.last_name",
        "shipping_address.address_1",
        "shipping_address.address_2",
        "shipping_address.postal_code",
        "shipping_address.phone",
        "items.id",
        "items.title",
        "items.variant_title",
        "items.variant_id",
        "items.product_id",
        "items.quantity",
        "items.total",
        "fulfillments.id",
        "fulfillments.delivered_at",
        "fulfillments.canceled_at",
        "fulfillments.items.line_item_id",
        "fulfillments.items.quantity",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as OrderRow | undefined
    if (!order || !order.customer_id || order.customer_id !== input.customer_id) {
      throw notFound()
    }
    if (!order.seller) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "판매자 주문이 아니어서 반품/교환할 수 없습니다.")
    }
    if (order.canceled_at || order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "취소된 주문은 반품/교환할 수 없습니다.")
    }

    const lineIds = input.items.map((item) => item.line_item_id)
    if (new Set(lineIds).size !== lineIds.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "같은 상품을 두 번 요청할 수 없습니다.")
    }

    const earlier = await aftersales.listAftersalesRequests(
      { order_id: order.id, state: { $nin: [AftersalesState.REJECTED, AftersalesState.CANCELLED] } },
      { relations: ["items"] }
    )
    const windows = aftersales.requestWindows()
    const windowDays = windowDaysFor(input.reason, windows)

    const items: PreparedAftersalesRequest["items"] = []
    for (const wanted of input.items) {
      const line = order.items.find((item) => item.id === wanted.line_item_id)
      if (!line) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "주문에 없는 상품입니다.")
      }
      const deliveries = (order.fulfillments ?? []).filter(
        (f) => !f.canceled_at && f.delivered_at && (f.items ?? []).some((i) => i.line_item_id === line.id)
      )
      if (!deliveries.length) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "배송이 완료된 상품만 반품/교환할 수 있습니다.")
      }
      const deliveredAt = Math.max(...deliveries.map((f) => new Date(f.delivered_at!).getTime()))
      if (now.getTime() > deliveredAt + windowDays * DAY_MS) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `배송완료 후 ${windowDays}일이 지나 ${input.type === AftersalesType.RETURN ? "반품" : "교환"} 신청 기간이 끝났습니다.`
        )
      }
      const held = earlier.flatMap((request) =>
        request.items.filter((item) => item.line_item_id === line.id).map((item) => ({ state: request.state, quantity: Number(item.quantity) }))
      )
      if (held.some((h) => OPEN_STATES.includes(h.state as AftersalesState))) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "이미 진행 중인 반품/교환 요청이 있는 상품입니다.")
      }
      const delivered = deliveries.reduce(
        (sum, f) => sum + (f.items ?? []).filter((i) => i.line_item_id === line.id).reduce((s, i) => s + Number(i.quantity), 0),
        0
      )
      const available = Math.min(Number(line.quantity), delivered) - held.reduce((sum, h) => sum + h.quantity, 0)
      if (wanted.quantity > available) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `요청 수량이 반품/교환 가능한 수량(${Math.max(available, 0)}개)을 넘습니다.`)
      }

      let replacement: { id: string; title: string | null } | null = null
      if (input.type === AftersalesType.EXCHANGE) {
        const variantId = wanted.replacement_variant_id ?? line.variant_id
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["id", "title", "product_id"],
          filters: { id: variantId ?? "" },
        })
        const variant = variants[0] as { id: string; title: string | null; product_id: string | null } | undefined
        if (!variant || !line.product_id || variant.product_id !== line.product_id) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "같은 상품의 다른 옵션으로만 교환할 수 있습니다.")
        }
        replacement = { id: variant.id, title: variant.title }
      }

      items.push({
        line_item_id: line.id,
        variant_id: line.variant_id,
        title: line.variant_title ? `${line.title} (${line.variant_title})` : line.title,
        quantity: wanted.quantity,
        unit_price: Math.round(Number(line.total) / Number(line.quantity)),
        replacement_variant_id: replacement?.id ?? null,
        replacement_title: replacement?.title ?? null,
      })
    }

    const sellerFault = isSellerFault(input.reason)
    const policy = order.seller.return_policy
    const shippingTotal = Number(order.shipping_total ?? 0)
    let shippingFee = 0
    if (!sellerFault && policy) {
      // A free-shipping order costs the seller the outbound trip too, so the return pays both ways.
      shippingFee =
        input.type === AftersalesType.EXCHANGE
          ? Number(policy.exchange_delivery_cost)
          : Number(policy.return_delivery_cost) * (shippingTotal === 0 ? 2 : 1)
    }
    const itemsAmount = items.reduce((sum, item) => sum + item.unit_price * item.quantity, 0)
    const deliveryAlreadyRefunded = earlier.some((request) => Number(request.delivery_fee_refund) > 0)
    const deliveryFeeRefund =
      input.type === AftersalesType.RETURN && sellerFault && !deliveryAlreadyRefunded ? shippingTotal : 0
    const refundAmount =
      input.type === AftersalesType.RETURN ? Math.max(itemsAmount - shippingFee, 0) + deliveryFeeRefund : 0

    const address = order.shipping_address
    const defaultName = [address?.last_name, address?.first_name].filter(Boolean).join("") || "고객"
    const defaultAddress = [address?.address_1, address?.address_2].filter(Boolean).join(" ")
    const pickupAddress = input.pickup?.address ?? defaultAddress
    if (!pickupAddress) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "회수지 주소를 입력해 주세요.")
    }

    return new StepResponse<PreparedAftersalesRequest>({
      type: input.type,
      order_id: order.id,
      customer_id: input.customer_id,
      seller_id: order.seller.id,
      reason: input.reason,
      comment: input.comment ?? null,
      pickup_name: input.pickup?.name ?? defaultName,
      pickup_phone: input.pickup?.phone ?? address?.phone ?? null,
      pickup_address: pickupAddress,
      pickup_postal_code: input.pickup?.postal_code ?? (input.pickup?.address ? null : address?.postal_code ?? null),
      shipping_fee: shippingFee,
      fee_payer: sellerFault ? FeePayer.SELLER : FeePayer.CUSTOMER,
      items_amount: itemsAmount,
      delivery_fee_refund: deliveryFeeRefund,
      refund_amount: refundAmount,
      items,
    })
  }
)
