import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartLineAllowed, loadCartVariantFacts } from "../utils/cart-rules"

export type ValidateCartLineStepInput = {
  cart_id: string
  is_minor: boolean
  quantity: number
} & ({ mode: "add"; variant_id: string } | { mode: "set"; item_id: string })

type CartLineRow = { id: string; variant_id: string | null; product_id: string | null; quantity: number | string }

export const validateCartLineStepId = "validate-cart-line"

/**
 * Refuses an addition (`add`: quantity on top of what the cart holds) or a new quantity for a
 * line (`set`) that breaks a rule: not on sale, minors, per-person maximum, stock. Reads only.
 */
export const validateCartLineStep = createStep(
  validateCartLineStepId,
  async (input: ValidateCartLineStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: ["id", "items.id", "items.variant_id", "items.product_id", "items.quantity"],
      filters: { id: input.cart_id },
    })
    const lines = ((cart?.items ?? []) as unknown as (CartLineRow | null)[]).filter((line): line is CartLineRow => !!line)

    let variantId: string
    let replaced: CartLineRow | undefined
    if (input.mode === "add") {
      variantId = input.variant_id
    } else {
      replaced = lines.find((line) => line.id === input.item_id)
      if (!replaced?.variant_id) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "장바구니 상품을 찾을 수 없습니다.")
      }
      variantId = replaced.variant_id
    }

    const facts = (await loadCartVariantFacts(container, [variantId])).get(variantId)
    const kept = lines.filter((line) => line !== replaced)
    const sum = (rows: CartLineRow[]) => rows.reduce((total, line) => total + Number(line.quantity), 0)
    assertCartLineAllowed(facts, {
      variantQuantity: sum(kept.filter((line) => line.variant_id === variantId)) + input.quantity,
      productQuantity: sum(kept.filter((line) => facts && line.product_id === facts.productId)) + input.quantity,
      isMinor: input.is_minor,
    })
    return new StepResponse(undefined)
  }
)
