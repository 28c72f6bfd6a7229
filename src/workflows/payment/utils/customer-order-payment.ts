import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { PORTONE_PROVIDER_ID } from "../../../modules/portone"

type Amounted = { amount: number } | null
type PaymentRow = {
  id: string
  provider_id: string
  canceled_at: Date | null
  data: Record<string, unknown> | null
  captures: Amounted[] | null
  refunds: Amounted[] | null
}
type OrderRow = {
  id: string
  customer_id: string | null
  total: number
  payment_collections: ({ payments: (PaymentRow | null)[] | null } | null)[] | null
}

export type CustomerOrderPayment = {
  order: { id: string; total: number }
  /** The order's captured PortOne payment, with Medusa's captured and refunded totals. */
  payment?: { id: string; data: Record<string, unknown>; paid: number; refunded: number }
}

const sum = (rows: Amounted[] | null) =>
  (rows ?? []).reduce((total, row) => MathBN.add(total, row?.amount ?? 0), MathBN.convert(0)).toNumber()

/**
 * The caller's order and its PortOne payment. Another customer's order answers 404, exactly like
 * a missing one, so ids cannot be probed.
 */
export async function retrieveCustomerOrderPayment(
  container: MedusaContainer,
  orderId: string,
  customerId: string
): Promise<CustomerOrderPayment> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "total",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.canceled_at",
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
    .find((p) => p?.provider_id === PORTONE_PROVIDER_ID && !p.canceled_at && (p.captures ?? []).length > 0)
  return {
    order: { id: order.id, total: MathBN.convert(order.total).toNumber() },
    payment: payment
      ? { id: payment.id, data: payment.data ?? {}, paid: sum(payment.captures), refunded: sum(payment.refunds) }
      : undefined,
  }
}
