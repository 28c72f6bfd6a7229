import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { PORTONE_PROVIDER_ID } from "../../../../modules/portone"
import type { PortOnePaymentData } from "../../../../modules/portone/service"

export type PaymentStatus = "not_paid" | "paid" | "partially_cancelled" | "cancelled"

/** `GET /api/v1/payment/detail` (and the answer of pay and cancel). Amounts in whole won. */
export type PaymentDetail = {
  orderId: string
  status: PaymentStatus
  orderAmount: number
  paidAmount: number
  cancelledAmount: number
  remainingAmount: number
  card: { masked: string | null; company: string | null } | null
  approvalNumber: string | null
  approvedAt: string | null
  merchantUid: string | null
  impUid: string | null
  paymentId: string | null
  cancelHistory: { amount: number; cancelledAt: string; cancellationId: string }[]
}

type Amounted = { amount: number } | null
type OrderRow = {
  id: string
  customer_id: string | null
  total: number
  payment_collections:
    | ({
        payments:
          | ({ id: string; provider_id: string; data: Record<string, unknown> | null; captures: Amounted[] | null; refunds: Amounted[] | null } | null)[]
          | null
      } | null)[]
    | null
}

const sum = (rows: Amounted[] | null) => (rows ?? []).reduce((total, row) => MathBN.add(total, row?.amount ?? 0), MathBN.convert(0)).toNumber()

/**
 * Reads Medusa's own records (captures, refunds) for the amounts and the PortOne facts kept on
 * the payment for the rest. Another customer's order answers 404, like a missing one.
 */
export async function loadPaymentDetail(scope: MedusaContainer, orderId: string, customerId: string): Promise<PaymentDetail> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "total",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow | undefined
  if (!order || order.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
  const payment = (order.payment_collections ?? [])
    .flatMap((pc) => pc?.payments ?? [])
    .find((p) => p?.provider_id === PORTONE_PROVIDER_ID && (p.captures ?? []).length > 0)
  const paid = payment ? sum(payment.captures) : 0
  const cancelled = payment ? sum(payment.refunds) : 0
  const kept = (payment?.data ?? {}) as Partial<PortOnePaymentData>
  const status: PaymentStatus = !payment ? "not_paid" : cancelled === 0 ? "paid" : cancelled >= paid ? "cancelled" : "partially_cancelled"
  return {
    orderId: order.id,
    status,
    orderAmount: MathBN.convert(order.total).toNumber(),
    paidAmount: paid,
    cancelledAmount: cancelled,
    remainingAmount: paid - cancelled,
    card: payment && kept.card_masked ? { masked: kept.card_masked, company: kept.card_company ?? null } : null,
    approvalNumber: kept.approval_number ?? null,
    approvedAt: kept.paid_at ?? null,
    merchantUid: kept.merchant_uid ?? null,
    impUid: kept.imp_uid ?? null,
    paymentId: kept.flow === "v2_browser" ? (kept.payment_id ?? null) : null,
    cancelHistory: (kept.cancel_history ?? []).map((c) => ({ amount: c.amount, cancelledAt: c.cancelled_at, cancellationId: c.cancellation_id })),
  }
}
