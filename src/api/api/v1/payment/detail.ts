import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveCustomerOrderPayment } from "../../../../workflows/payment"
import type { PortOnePaymentData } from "../../../../modules/portone/service"
import { won } from "../../../utils/money"

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

/**
 * Reads Medusa's own records (captures, refunds) for the amounts and the PortOne facts kept on
 * the payment for the rest. Another customer's order answers 404, like a missing one.
 */
export async function loadPaymentDetail(scope: MedusaContainer, orderId: string, customerId: string): Promise<PaymentDetail> {
  const { order, payment } = await retrieveCustomerOrderPayment(scope, orderId, customerId)
  // Medusa's BigNumber arithmetic can leave residue (30,000 − 30,000 = 3e-21): whole won only.
  const paid = won(payment?.paid)
  const cancelled = won(payment?.refunded)
  const kept = (payment?.data ?? {}) as Partial<PortOnePaymentData>
  const status: PaymentStatus = !payment ? "not_paid" : cancelled === 0 ? "paid" : cancelled >= paid ? "cancelled" : "partially_cancelled"
  return {
    orderId: order.id,
    status,
    orderAmount: won(order.total),
    paidAmount: paid,
    cancelledAmount: cancelled,
    remainingAmount: paid - cancelled,
    card: payment && kept.card_masked ? { masked: kept.card_masked, company: kept.card_company ?? null } : null,
    approvalNumber: kept.approval_number ?? null,
    approvedAt: kept.paid_at ?? null,
    merchantUid: kept.merchant_uid ?? null,
    impUid: kept.imp_uid ?? null,
    paymentId: kept.flow === "v2_browser" ? (kept.payment_id ?? null) : null,
    cancelHistory: (kept.cancel_history ?? []).map((c) => ({ amount: won(c.amount), cancelledAt: c.cancelled_at, cancellationId: c.cancellation_id })),
  }
}
