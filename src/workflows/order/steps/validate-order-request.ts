import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Receiver } from "../../../modules/order-group"
import { assertPurchaseAllowed } from "../../cart/utils/cart-rules"
import { isIslandPostalCode } from "../utils/island"

export type OrderRequestLine = { variant_id?: string; product_id?: string; quantity: number }

export type ValidateOrderRequestStepInput = {
  customer_id: string
  lines: OrderRequestLine[]
  receiver: Receiver
}

export type SellerOrderPlan = {
  seller_id: string
  seller_name: string
  lines: { variant_id: string; quantity: number }[]
  delivery_cost: number
  free_delivery_threshold: number | null
  island_surcharge: number
}

export type OrderPlan = {
  customer: { id: string; email: string }
  region_id: string
  sales_channel_id: string | null
  shipping_option_id: string
  is_island: boolean
  sellers: SellerOrderPlan[]
}

type ProductRow = {
  id: string
  variants: { id: string }[] | null
  seller: {
    id: string
    name: string
    delivery_policy: { delivery_cost: number; free_delivery_threshold: number | null; jeju_mountain_extra_cost: number } | null
  } | null
}

export const validateOrderRequestStepId = "validate-order-request"

/**
 * Step 1 of the saga, read only: the customer, every line against the sale rules (published,
 * active seller, on sale and in its period, per-person maximum, minors, stock), and the address;
 * then the lines grouped by seller with each seller's delivery policy.
 */
export const validateOrderRequestStep = createStep(
  validateOrderRequestStepId,
  async (input: ValidateOrderRequestStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const customer = await container
      .resolve(Modules.CUSTOMER)
      .retrieveCustomer(input.customer_id)
      .catch(() => undefined)
    if (!customer || customer.deleted_at) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "회원 정보를 확인할 수 없습니다.")
    }
    const isMinor = customer.metadata?.is_minor === true

    // itemId (a product) stands for its only variant; a product with options needs variantId.
    const productIds = [...new Set(input.lines.filter((l) => !l.variant_id && l.product_id).map((l) => l.product_id!))]
    const variantOfProduct = new Map<string, string>()
    if (productIds.length) {
      const { data } = await query.graph({ entity: "product", fields: ["id", "variants.id"], filters: { id: productIds } })
      for (const product of data as unknown as ProductRow[]) {
        const variants = product.variants ?? []
        if (variants.length === 1) {
          variantOfProduct.set(product.id, variants[0].id)
        } else if (variants.length > 1) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "옵션이 있는 상품은 variantId로 주문해 주세요.")
        }
      }
    }
    const quantities = new Map<string, number>()
    for (const line of input.lines) {
      const variantId = line.variant_id ?? variantOfProduct.get(line.product_id ?? "")
      if (!variantId) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "상품을 찾을 수 없습니다.")
      }
      quantities.set(variantId, (quantities.get(variantId) ?? 0) + line.quantity)
    }

    const { facts, perProduct } = await assertPurchaseAllowed(container, quantities, isMinor, customer.id)

    const { data: products } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "seller.id",
        "seller.name",
        "seller.delivery_policy.delivery_cost",
        "seller.delivery_policy.free_delivery_threshold",
        "seller.delivery_policy.jeju_mountain_extra_cost",
      ],
      filters: { id: [...perProduct.keys()] },
    })
    const sellerOf = new Map((products as unknown as ProductRow[]).map((p) => [p.id, p.seller]))
    const isIsland = isIslandPostalCode(input.receiver.zip_code)
    const sellers = new Map<string, SellerOrderPlan>()
    for (const [variantId, quantity] of quantities) {
      const seller = sellerOf.get(facts.get(variantId)!.productId)
      if (!seller) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "판매자가 없는 상품은 주문할 수 없습니다.")
      }
      let plan = sellers.get(seller.id)
      if (!plan) {
        const policy = seller.delivery_policy
        plan = {
          seller_id: seller.id,
          seller_name: seller.name,
          lines: [],
          delivery_cost: Number(policy?.delivery_cost ?? 0),
          free_delivery_threshold: policy?.free_delivery_threshold ?? null,
          island_surcharge: isIsland ? Number(policy?.jeju_mountain_extra_cost ?? 0) : 0,
        }
        sellers.set(seller.id, plan)
      }
      plan.lines.push({ variant_id: variantId, quantity })
    }

    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "krw" }, { take: 1 })
    const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "rules.attribute", "rules.value"],
      filters: { type: { code: "standard" } } as Record<string, unknown>,
    })
    const shippingOption = (options as unknown as { id: string; rules: { attribute: string; value: string }[] | null }[]).find(
      (option) => !(option.rules ?? []).some((rule) => rule.attribute === "is_return" && rule.value === "true")
    )
    if (!region || !shippingOption) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "배송 지역(대한민국) 또는 배송 방법이 설정되지 않았습니다.")
    }
    return new StepResponse<OrderPlan>({
      customer: { id: customer.id, email: customer.email ?? "" },
      region_id: region.id,
      sales_channel_id: store?.default_sales_channel_id ?? null,
      shipping_option_id: shippingOption.id,
      is_island: isIsland,
      sellers: [...sellers.values()],
    })
  }
)
