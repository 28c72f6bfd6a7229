import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cappedQuantity, loadCartVariantFacts } from "../utils/cart-rules"

export type PlanGuestCartMergeStepInput = { guest_cart_id: string; member_cart_id: string; is_minor: boolean }
export type GuestCartMergePlan = {
  /** Units to add to the member's cart, per variant. */
  items: { variant_id: string; quantity: number }[]
  /** Every line of the guest cart, removed once merged. */
  guest_item_ids: string[]
}

type LineRow = { id: string; variant_id: string | null; quantity: number | string }

export const planGuestCartMergeStepId = "plan-guest-cart-merge"

async function cartLines(container: MedusaContainer, cartId: string): Promise<LineRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: ["id", "items.id", "items.variant_id", "items.quantity"], filters: { id: cartId } })
  return ((cart?.items ?? []) as unknown as (LineRow | null)[]).filter((line): line is LineRow => !!line)
}

/**
 * What a guest cart adds to a member's: quantities add up, capped by stock and by the
 * per-person maximum over the product's lines; lines the member may not buy (no longer on sale,
 * minor-restricted) are dropped. Reads only.
 */
export const planGuestCartMergeStep = createStep(
  planGuestCartMergeStepId,
  async (input: PlanGuestCartMergeStepInput, { container }) => {
    const guest = await cartLines(container, input.guest_cart_id)
    const member = await cartLines(container, input.member_cart_id)
    const variantIds = [...new Set([...guest, ...member].map((line) => line.variant_id).filter((id): id is string => !!id))]
    const facts = await loadCartVariantFacts(container, variantIds)

    const byVariant = new Map<string, number>()
    const byProduct = new Map<string, number>()
    const count = (variantId: string, quantity: number) => {
      byVariant.set(variantId, (byVariant.get(variantId) ?? 0) + quantity)
      const productId = facts.get(variantId)?.productId
      if (productId) {
        byProduct.set(productId, (byProduct.get(productId) ?? 0) + quantity)
      }
    }
    for (const line of member) {
      if (line.variant_id) {
        count(line.variant_id, Number(line.quantity))
      }
    }

    const added = new Map<string, number>()
    for (const line of guest) {
      if (!line.variant_id) {
        continue
      }
      const variantFacts = facts.get(line.variant_id)
      const held = byVariant.get(line.variant_id) ?? 0
      const otherOfProduct = (variantFacts ? byProduct.get(variantFacts.productId) ?? 0 : 0) - held
      const total = cappedQuantity(variantFacts, held + Number(line.quantity), otherOfProduct, input.is_minor)
      const extra = Math.max(0, total - held)
      if (extra > 0) {
        count(line.variant_id, extra)
        added.set(line.variant_id, (added.get(line.variant_id) ?? 0) + extra)
      }
    }

    const plan: GuestCartMergePlan = {
      items: [...added].map(([variant_id, quantity]) => ({ variant_id, quantity })),
      guest_item_ids: guest.map((line) => line.id),
    }
    return new StepResponse(plan)
  }
)
