import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { PORTONE_PROVIDER_ID, portOneIdForSession } from "../../../modules/portone"
import { assertPurchaseAllowed } from "../../cart/utils/cart-rules"
import { compensatePayment } from "../utils/compensation"

type Session = { provider_id?: string; data?: Record<string, unknown> | null }
type CompletingCart = {
  id: string
  completed_at?: Date | string | null
  items?: ({ variant_id?: string | null; quantity?: number | string } | null)[] | null
  customer?: { metadata?: Record<string, unknown> | null } | null
  payment_collection?: { payment_sessions?: (Session | null)[] | null } | null
}

/** The marketplace's sale rules on the cart's lines: the saga's own (validate-order-request). */
async function assertSaleRules(container: MedusaContainer, cart: CompletingCart): Promise<void> {
  const quantities = new Map<string, number>()
  for (const item of cart.items ?? []) {
    if (item?.variant_id) {
      quantities.set(item.variant_id, (quantities.get(item.variant_id) ?? 0) + Number(item.quantity ?? 0))
    }
  }
  await assertPurchaseAllowed(container, quantities, cart.customer?.metadata?.is_minor === true)
}

/**
 * Runs in Medusa's completeCartWorkflow (the store API's `/store/carts/:id/complete`, Medusa's
 * payment webhook, and /api/v1/payment/pay), before anything is reserved or authorized:
 * - only PortOne: Medusa registers its system provider (`pp_system_default`, which "authorizes"
 *   without taking money) in every app, whatever the region offers;
 * - the marketplace's sale rules (seller active, on sale and in its period, minors, per-person
 *   maximum), as the order saga applies them.
 * A refused cart whose browser (V2) payment was already made under the session's own id gets
 * that payment cancelled: no order will come of it.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const completing = cart as unknown as CompletingCart
  // Completing again a cart that already has its order answers that order: nothing to judge
  // (and above all nothing to void).
  if (completing.completed_at) {
    return
  }
  const sessions = (completing.payment_collection?.payment_sessions ?? []).filter((session): session is Session => !!session)
  const other = sessions.find((session) => session.provider_id !== PORTONE_PROVIDER_ID)
  if (other) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `provider_id: 고팡은 포트원 결제(${PORTONE_PROVIDER_ID})만 받습니다. ${other.provider_id ?? "알 수 없는"} 결제로는 주문할 수 없습니다.`,
      "payment_provider_not_allowed"
    )
  }
  try {
    await assertSaleRules(container, completing)
  } catch (error) {
    for (const session of sessions) {
      const data = session.data ?? {}
      // Only an id the provider issued for the session (`gp` + the session's ULID) is voided.
      const issued =
        typeof data.session_id === "string" &&
        typeof data.payment_id === "string" &&
        data.payment_id === portOneIdForSession(data.session_id, typeof data.attempt === "number" ? data.attempt : 0)
      if (data.flow === "v2_browser" && issued) {
        await compensatePayment(container, { action: "void_browser_payment", reference: data.payment_id as string, merchant_uid: data.payment_id as string })
      }
    }
    throw error
  }
})
