import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTONE_PROVIDER_ID } from "../../../modules/portone"

export type ValidateOrderRefundStepInput = { order_id: string; customer_id: string; amount?: number }
export type ValidateOrderRefundStepOutput = { payment_id: string; amount: number }

type Amounted = { amount: number } | null
type OrderRow = {
  id: string
  customer_id: string | null
  payment_collections:
    | ({
        payments: ({ id: string; provider_id: string; canceled_at: Date | null; captures: Amounted[] | null; refunds: Amounted[] | null } | null)[] | null
      } | null)[]
    | null
}

export const validateOrderRefundStepId = "validate-order-refund"

/**
 * Finds the caller's PortOne payment on the order and checks the refund against what is still
 * refundable (captured minus refunded). Admins and sellers refund through their own routes.
 */
export const validateOrderRefundStep = createStep(
  validateOrderRefundStepId,
  async (input: ValidateOrderRefundStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderRow | undefined
    if (!order || order.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    const payment = (order.payment_collections ?? [])
      .flatMap((pc) => pc?.payments ?? [])
      .find((p) => p && p.provider_id === PORTONE_PROVIDER_ID && !p.canceled_at && (p.captures ?? []).length > 0)
    if (!payment) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "취소할 결제가 없습니다")
    }
    const sum = (rows: Amounted[] | null) => (rows ?? []).reduce((total, row) => MathBN.add(total, row?.amount ?? 0), MathBN.convert(0))
    const refundable = MathBN.sub(sum(payment.captures), sum(payment.refunds)).toNumber()
    if (refundable <= 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "이미 전액 취소된 결제입니다")
    }
    const amount = input.amount ?? refundable
    if (amount > refundable) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `취소 가능 금액(${refundable}원)을 초과했습니다`)
    }
    return new StepResponse<ValidateOrderRefundStepOutput>({ payment_id: payment.id, amount })
  }
)
