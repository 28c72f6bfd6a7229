import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_STATUS_LABELS, SellerStatus } from "../../../modules/seller/types"

export type SetSellerStatusStepInput = {
  id: string
  status: SellerStatus
  /** Kept on suspension (shown to the seller); cleared otherwise. */
  reason?: string | null
  /** The statuses this change starts from (approve: pending only; reinstate: suspended only). */
  from?: SellerStatus[]
}

type StatusSnapshot = {
  id: string
  status: SellerStatus
  status_reason: string | null
  approved_at: Date | null
  suspended_at: Date | null
  closed_at: Date | null
}

export const setSellerStatusStepId = "set-seller-status"

/** Moves a seller along pending → active ↔ suspended → closed; the compensation restores it. */
export const setSellerStatusStep = createStep(
  setSellerStatusStepId,
  async (input: SetSellerStatusStepInput, { container }) => {
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    const current = await sellerModule.retrieveSeller(input.id)
    if (input.from && !input.from.includes(current.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `'${SELLER_STATUS_LABELS[current.status]}' 상태의 판매자에게는 이 작업을 할 수 없습니다.`
      )
    }
    sellerModule.assertStatusTransition(current.status, input.status)

    const now = new Date()
    const seller = await sellerModule.updateSellers({
      id: current.id,
      status: input.status,
      status_reason: input.status === SellerStatus.SUSPENDED ? (input.reason ?? null) : null,
      ...(input.status === SellerStatus.ACTIVE && !current.approved_at ? { approved_at: now } : {}),
      ...(input.status === SellerStatus.SUSPENDED ? { suspended_at: now } : {}),
      ...(input.status === SellerStatus.CLOSED ? { closed_at: now } : {}),
    })
    const snapshot: StatusSnapshot = {
      id: current.id,
      status: current.status,
      status_reason: current.status_reason,
      approved_at: current.approved_at,
      suspended_at: current.suspended_at,
      closed_at: current.closed_at,
    }
    return new StepResponse({ seller, previous_status: current.status }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
    await sellerModule.updateSellers(snapshot)
  }
)
