import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTONE_PROVIDER_ID } from "../../../modules/portone"

export type ResolveOrderRefundStepInput = { order_id: string; amount?: number }
export type ResolveOrderRefundStepOutput = {
  payment_id: string
  amount: number
  /** PortOne's merchant_uid: one PortOne payment may be shared by the orders of one purchase. */
  merchant_uid: string
}

type Amounted = { amount: number } | null
type PaymentRow = {
  id: string
  provider_id: string
  canceled_at: Date | null
  data: { merchant_uid?: string } | null
  captures: Amounted[] | null
  refunds: Amounted[] | null
}

const sum = (rows: Amounted[] | null) =>
  (rows ?? []).reduce((total, row) => MathBN.add(total, row?.amount ?? 0), MathBN.convert(0)).toNumber()

export const resolveOrderRefundStepId = "resolve-order-refund"

/**
 * The order's captured PortOne payment and the amount to refund (all that is left when no amount
 * is given). Callers check who may refund; this step only checks the money.
 */
export const resolveOrderRefundStep = createStep(
  resolveOrderRefundStepId,
  async (input: ResolveOrderRefundStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.data",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as { payment_collections?: ({ payments?: (PaymentRow | null)[] | null } | null)[] | null } | undefined
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    const payment = (order.payment_collections ?? [])
      .flatMap((pc) => pc?.payments ?? [])
      .find((p): p is PaymentRow => !!p && p.provider_id === PORTONE_PROVIDER_ID && !p.canceled_at && (p.captures ?? []).length > 0)
    if (!payment || !payment.data?.merchant_uid) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "환불할 결제가 없습니다")
    }
    const refundable = sum(payment.captures) - sum(payment.refunds)
    if (refundable <= 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "이미 전액 환불된 결제입니다")
    }
    const amount = input.amount ?? refundable
    if (!Number.isSafeInteger(amount) || amount <= 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "환불 금액은 1원 이상의 정수여야 합니다")
    }
    if (amount > refundable) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `환불 가능 금액(${refundable}원)을 초과했습니다`)
    }
    return new StepResponse<ResolveOrderRefundStepOutput>({ payment_id: payment.id, amount, merchant_uid: payment.data.merchant_uid })
  }
)
