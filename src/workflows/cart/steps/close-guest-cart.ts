import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUEST_CART_SECRET_KEY, MERGED_INTO_KEY } from "../constants"

export type CloseGuestCartStepInput = { guest_cart_id: string; member_cart_id: string }

export const closeGuestCartStepId = "close-guest-cart"

/** Retires a merged guest cart: its token stops working and it records where it went. */
export const closeGuestCartStep = createStep(
  closeGuestCartStepId,
  async (input: CloseGuestCartStepInput, { container }) => {
    const carts = container.resolve<ICartModuleService>(Modules.CART)
    const cart = await carts.retrieveCart(input.guest_cart_id, { select: ["id", "metadata"] })
    const previous = cart.metadata ?? {}
    await carts.updateCarts(input.guest_cart_id, {
      metadata: { ...previous, [GUEST_CART_SECRET_KEY]: null, [MERGED_INTO_KEY]: input.member_cart_id },
    })
    return new StepResponse(undefined, { id: input.guest_cart_id, metadata: previous })
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    await container.resolve<ICartModuleService>(Modules.CART).updateCarts(snapshot.id, { metadata: snapshot.metadata })
  }
)
