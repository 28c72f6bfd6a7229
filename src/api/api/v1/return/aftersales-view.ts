import { won } from "../../../utils/money"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  AFTERSALES_MODULE,
  type AftersalesModuleService,
  AftersalesReason,
  AftersalesState,
  AftersalesType,
  REASON_LABELS,
  STATE_LABELS,
} from "../../../../modules/aftersales"
import { recordAftersalesFailureWorkflow } from "../../../../workflows/aftersales"

/** A return or exchange request as /api/v1 shows it (customers and sellers). */
export type AftersalesView = {
  id: string
  displayId: number
  type: AftersalesType
  state: AftersalesState
  stateLabel: string
  orderId: string
  sellerId: string
  reason: AftersalesReason
  reasonLabel: string
  comment: string | null
  items: {
    lineItemId: string
    variantId: string | null
    title: string
    quantity: number
    unitPrice: number
    replacementVariantId: string | null
    replacementTitle: string | null
  }[]
  pickup: { name: string; phone: string | null; address: string; postalCode: string | null; date: string | null }
  /** Return shipping (one way, both ways when the order shipped free) or exchange shipping (both ways). */
  shippingFee: number
  feePayer: "customer" | "seller"
  itemsAmount: number
  deliveryFeeRefund: number
  refundAmount: number
  refundedAt: string | null
  rejectionReason: string | null
  inspectionNote: string | null
  shipment: { fulfillmentId: string | null; courier: string | null; trackingNumber: string | null }
  returnId: string | null
  exchangeId: string | null
  /** Sellers only: why the last operation failed (e.g. PortOne refused the refund). */
  lastError?: string | null
  requestedAt: string
  approvedAt: string | null
  receivedAt: string | null
  completedAt: string | null
  cancelledAt: string | null
  history: { fromState: AftersalesState | null; toState: AftersalesState; actorType: string; note: string | null; at: string }[]
}

type RequestRecord = Awaited<ReturnType<AftersalesModuleService["listAftersalesRequests"]>>[number]

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

export function toAftersalesView(request: RequestRecord, options: { withError?: boolean } = {}): AftersalesView {
  const history = [...(request.history ?? [])].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  return {
    id: request.id,
    displayId: Number(request.display_id),
    type: request.type as AftersalesType,
    state: request.state as AftersalesState,
    stateLabel: STATE_LABELS[request.state as AftersalesState],
    orderId: request.order_id,
    sellerId: request.seller_id,
    reason: request.reason as AftersalesReason,
    reasonLabel: REASON_LABELS[request.reason as AftersalesReason],
    comment: request.comment ?? null,
    items: (request.items ?? []).map((item) => ({
      lineItemId: item.line_item_id,
      variantId: item.variant_id ?? null,
      title: item.title,
      quantity: Number(item.quantity),
      unitPrice: won(item.unit_price),
      replacementVariantId: item.replacement_variant_id ?? null,
      replacementTitle: item.replacement_title ?? null,
    })),
    pickup: {
      name: request.pickup_name,
      phone: request.pickup_phone ?? null,
      address: request.pickup_address,
      postalCode: request.pickup_postal_code ?? null,
      date: iso(request.pickup_date),
    },
    shippingFee: won(request.shipping_fee),
    feePayer: request.fee_payer as "customer" | "seller",
    itemsAmount: won(request.items_amount),
    deliveryFeeRefund: won(request.delivery_fee_refund),
    refundAmount: won(request.refund_amount),
    refundedAt: iso(request.refunded_at),
    rejectionReason: request.rejection_reason ?? null,
    inspectionNote: request.inspection_note ?? null,
    shipment: {
      fulfillmentId: request.fulfillment_id ?? null,
      courier: request.courier ?? null,
      trackingNumber: request.tracking_number ?? null,
    },
    returnId: request.return_id ?? null,
    exchangeId: request.exchange_id ?? null,
    ...(options.withError ? { lastError: request.last_error ?? null } : {}),
    requestedAt: iso(request.created_at)!,
    approvedAt: iso(request.approved_at),
    receivedAt: iso(request.received_at),
    completedAt: iso(request.completed_at),
    cancelledAt: iso(request.cancelled_at),
    history: history.map((event) => ({
      fromState: (event.from_state as AftersalesState | null) ?? null,
      toState: event.to_state as AftersalesState,
      actorType: event.actor_type,
      note: event.note ?? null,
      at: iso(event.created_at)!,
    })),
  }
}

export type AftersalesOwner = { customer_id?: string; seller_id?: string }

/** One request of the owner's, else 404 (not found and not yours are the same). */
export async function retrieveOwnAftersales(
  scope: MedusaContainer,
  id: string,
  owner: AftersalesOwner,
  type?: AftersalesType
): Promise<RequestRecord> {
  const service = scope.resolve<AftersalesModuleService>(AFTERSALES_MODULE)
  const [request] = await service.listAftersalesRequests(
    { id, ...owner, ...(type ? { type } : {}) },
    { relations: ["items", "history"] }
  )
  if (!request) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "반품/교환 요청을 찾을 수 없습니다.")
  }
  return request
}

export async function listOwnAftersales(
  scope: MedusaContainer,
  filters: AftersalesOwner & { type?: AftersalesType; state?: AftersalesState; order_id?: string },
  page: number,
  size: number
): Promise<[RequestRecord[], number]> {
  const service = scope.resolve<AftersalesModuleService>(AFTERSALES_MODULE)
  const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
  return await service.listAndCountAftersalesRequests(defined, {
    relations: ["items", "history"],
    order: { created_at: "DESC" },
    skip: (page - 1) * size,
    take: size,
  })
}

/**
 * Runs an operation on a request; when it fails for a reason other than "not yours" or "not in
 * that state", the failure is kept on the request (last_error) before the error is answered.
 */
export async function recordingFailure<T>(scope: MedusaContainer, id: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation()
  } catch (error) {
    const type = (error as MedusaError)?.type
    if (type !== MedusaError.Types.NOT_FOUND && type !== MedusaError.Types.CONFLICT) {
      await recordAftersalesFailureWorkflow(scope).run({
        input: { id, message: (error as Error)?.message ?? String(error) },
      })
    }
    throw error
  }
}
