import { won, wonOrNull } from "../../../utils/money"
import type { OrderView } from "../order/order-view"
import type { portOnePaymentOf } from "../order/order-view"

/** Korean VAT is 10% included in the price: VAT = taxable amount × 10/110, rounded to the won. */
export function vatOf(taxableAmount: number): number {
  return Math.round((taxableAmount * 10) / 110)
}

export type Receipt = {
  orderId: string
  groupId: string
  seller: { id: string; name: string | null }
  placedAt: string
  lines: { name: string; optionName: string | null; quantity: number; unitPrice: number; amount: number; taxFree: boolean }[]
  itemsTotal: number
  deliveryFee: number
  discount: number
  total: number
  /** 과세: goods with VAT and the delivery fee (a taxable service). */
  taxable: { amount: number; supplyValue: number; vat: number }
  /** 면세 goods. */
  taxFreeAmount: number
  payment: {
    method: "card"
    paidAmount: number
    card: { masked: string | null; company: string | null }
    approvalNumber: string | null
    approvedAt: string | null
    merchantUid: string | null
    /** The whole purchase's charge when one payment covered several sellers' orders. */
    purchaseTotal: number | null
  } | null
  cancellations: { amount: number; cancelledAt: string | null }[]
  refundedAmount: number
  netPaid: number
}

/**
 * The receipt of one seller order. Amounts come from Medusa's records (prices, captures,
 * refunds); the card facts are the masked number and approval PortOne returned.
 */
export function buildReceipt(view: OrderView, payment: ReturnType<typeof portOnePaymentOf>): Receipt {
  const taxableGoods = view.items.filter((item) => !item.taxFree).reduce((sum, item) => sum + item.subtotal, 0)
  const taxFreeAmount = view.items.filter((item) => item.taxFree).reduce((sum, item) => sum + item.subtotal, 0)
  const taxableAmount = taxableGoods + view.deliveryFee
  const vat = vatOf(taxableAmount)
  const paid = won(payment?.paid)
  const refunded = won(payment?.refunded)
  return {
    orderId: view.orderId,
    groupId: view.groupId,
    seller: view.seller,
    placedAt: view.placedAt,
    lines: view.items.map((item) => ({
      name: item.name,
      optionName: item.optionName,
      quantity: item.quantity,
      unitPrice: item.unitPrice,
      amount: item.subtotal,
      taxFree: item.taxFree,
    })),
    itemsTotal: view.itemsTotal,
    deliveryFee: view.deliveryFee,
    discount: 0,
    total: view.total,
    taxable: { amount: taxableAmount, supplyValue: taxableAmount - vat, vat },
    taxFreeAmount,
    payment: payment
      ? {
          method: "card",
          paidAmount: paid,
          card: { masked: payment.data.card_masked ?? null, company: payment.data.card_company ?? null },
          approvalNumber: payment.data.approval_number ?? null,
          approvedAt: payment.data.paid_at ?? null,
          merchantUid: payment.data.merchant_uid ?? null,
          purchaseTotal: wonOrNull(payment.data.group_total),
        }
      : null,
    cancellations: payment?.refunds.map((refund) => ({ amount: won(refund.amount), cancelledAt: refund.created_at ? new Date(refund.created_at).toISOString() : null })) ?? [],
    refundedAmount: refunded,
    netPaid: paid - refunded,
  }
}
