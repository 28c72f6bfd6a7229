import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FindAftersalesRefundStepInput = { order_id: string; note: string }

type RefundRow = { id: string; note: string | null; amount: number }

/** The note every refund of a request carries; it names the request, so a retry finds it. */
export function aftersalesRefundNote(request: { id: string; display_id: number }): string {
  return `반품 환불 #${request.display_id} (${request.id})`
}

export const findAftersalesRefundStepId = "find-aftersales-refund"

/**
 * The refund already made for a request, if any: a completion that failed after PortOne
 * refunded (or a second click) must not refund again.
 */
export const findAftersalesRefundStep = createStep(
  findAftersalesRefundStepId,
  async (input: FindAftersalesRefundStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "payment_collections.payments.refunds.id", "payment_collections.payments.refunds.note", "payment_collections.payments.refunds.amount"],
      filters: { id: input.order_id },
    })
    type Row = { payment_collections: { payments: { refunds: RefundRow[] | null }[] | null }[] | null }
    const order = data[0] as unknown as Row | undefined
    const refunds = (order?.payment_collections ?? []).flatMap((pc) => pc.payments ?? []).flatMap((p) => p.refunds ?? [])
    const refund = refunds.find((r) => r.note === input.note)
    return new StepResponse(refund ? { id: refund.id, amount: Number(refund.amount) } : null)
  }
)
