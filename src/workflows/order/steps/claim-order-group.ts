import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService, type Receiver } from "../../../modules/order-group"

export type ClaimOrderGroupStepInput = {
  customer_id: string
  idempotency_key: string
  request_hash: string
  receiver: Receiver
  /** The PortOne payment this purchase will be paid with (merchant_uid / V2 paymentId). */
  merchant_uid: string
  payment_flow: "keyed" | "v2_browser"
}

export const claimOrderGroupStepId = "claim-order-group"

/** The codes of the claim's refusals (MedusaError's third argument), for callers to tell them apart. */
export const ORDER_CLAIM_ERRORS = {
  PAYMENT_REUSED: "payment_reused",
  IN_PROGRESS: "idempotency_in_progress",
} as const

/**
 * Takes the Idempotency-Key: a unique (customer, key) row in PostgreSQL, so two processes that
 * receive the same request cannot both go on. Compensation gives the key back (a failed order
 * may be sent again with it).
 */
export const claimOrderGroupStep = createStep(
  claimOrderGroupStepId,
  async (input: ClaimOrderGroupStepInput, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    try {
      const group = await service.createOrderGroups({ ...input, receiver: input.receiver as unknown as Record<string, unknown> })
      return new StepResponse({ id: group.id }, group.id)
    } catch (error) {
      // Which unique rule refused the row is read from the rows themselves, not from the
      // database's message: this key is taken (the same request again), or the payment is
      // another purchase's.
      const [sameKey] = await service.listOrderGroups(
        { customer_id: input.customer_id, idempotency_key: input.idempotency_key },
        { select: ["id"], take: 1 }
      )
      if (sameKey) {
        // The order route answers this code with the first request's result.
        throw new MedusaError(MedusaError.Types.CONFLICT, "같은 Idempotency-Key의 주문이 이미 처리 중입니다.", ORDER_CLAIM_ERRORS.IN_PROGRESS)
      }
      const [paidWith] = await service.listOrderGroups({ merchant_uid: input.merchant_uid }, { select: ["id"], take: 1 })
      if (paidWith) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "이미 다른 주문에 사용된 결제입니다.", ORDER_CLAIM_ERRORS.PAYMENT_REUSED)
      }
      throw error
    }
  },
  async (groupId, { container }) => {
    if (!groupId) {
      return
    }
    await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).deleteOrderGroups(groupId)
  }
)
