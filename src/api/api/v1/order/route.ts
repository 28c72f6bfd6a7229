import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { createHash } from "node:crypto"
import { ORDER_GROUP_MODULE, OrderGroupStatus, type OrderGroupModuleService } from "../../../../modules/order-group"
import { depositCard, discardCard } from "../../../../modules/portone/lib/card"
import { ORDER_CLAIM_ERRORS, placeOrderWorkflow } from "../../../../workflows/order"
import { newPurchaseMerchantUid } from "../../../../workflows/order/utils/merchant-uid"
import { sendOk, type ApiV1Response } from "../../../utils/envelope"
import { memberCartId } from "../cart/cart-context"
import { loadOrderViews, type DeliveryRow, type OrderView } from "./order-view"
import type { PlaceOrderBody } from "./validators"
import { won } from "../../../utils/money"

export type PlacedOrder = { groupId: string; total: number; orders: OrderView[] }

const IDEMPOTENCY_HEADER = "idempotency-key"
const WAIT_FOR_FIRST_MS = 60_000

/** The body's fingerprint for the Idempotency-Key check; the card is left out (it is never kept). */
export function requestHash(body: PlaceOrderBody): string {
  const { payment, ...rest } = body
  const paid = payment.method === "card" ? { method: "card" } : payment
  return createHash("sha256").update(JSON.stringify({ ...rest, payment: paid })).digest("hex")
}

async function placedOrder(req: AuthenticatedMedusaRequest, groupId: string): Promise<PlacedOrder> {
  const service = req.scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const group = await service.retrieveOrderGroup(groupId)
  const deliveries = await service.listOrderDeliveries({ group_id: groupId }, { relations: ["group"], order: { created_at: "ASC" } })
  return { groupId, total: won(group.total), orders: await loadOrderViews(req.scope, deliveries as unknown as DeliveryRow[]) }
}

/**
 * The first answer for a key that was already used: the placed purchase, after waiting for a
 * request with the same key that is still running. A key reused with another body is refused.
 */
async function replay(req: AuthenticatedMedusaRequest, customerId: string, key: string, hash: string): Promise<PlacedOrder | undefined> {
  const service = req.scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const deadline = Date.now() + WAIT_FOR_FIRST_MS
  for (;;) {
    const [group] = await service.listOrderGroups({ customer_id: customerId, idempotency_key: key })
    if (!group) {
      return undefined
    }
    if (group.request_hash !== hash) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "이 Idempotency-Key는 다른 주문 요청에 이미 사용되었습니다.", "idempotency_key_reused")
    }
    if (group.status === OrderGroupStatus.PLACED) {
      return await placedOrder(req, group.id)
    }
    if (group.status === OrderGroupStatus.FAILED) {
      // Found abandoned by the reconciliation job: the answer for this key is that failure.
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `이 Idempotency-Key의 주문은 완료되지 못했습니다: ${group.failure_reason ?? "주문 처리 실패"}. 새 Idempotency-Key로 다시 주문해 주세요.`,
        "order_failed"
      )
    }
    if (Date.now() > deadline) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "같은 주문이 아직 처리 중입니다. 잠시 후 다시 시도해 주세요.", "idempotency_in_progress")
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** The lines of the caller's open cart, as order lines. */
async function cartLines(req: AuthenticatedMedusaRequest, customerId: string) {
  const cartId = await memberCartId(req.scope, customerId)
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["id", "items.id", "items.variant_id", "items.quantity"], filters: { id: cartId } })
  const items = ((data[0] as unknown as { items?: { id: string; variant_id: string | null; quantity: number }[] })?.items ?? []).filter(
    (item) => !!item.variant_id
  )
  return {
    cartId,
    lineIds: items.map((item) => item.id),
    lines: items.map((item) => ({ variant_id: item.variant_id!, quantity: Number(item.quantity) })),
  }
}

/** `POST /api/v1/order`: places an order (one per seller) and pays for it at once. */
export async function POST(req: AuthenticatedMedusaRequest<PlaceOrderBody>, res: ApiV1Response<PlacedOrder>) {
  const customerId = req.auth_context.actor_id
  const key = req.get(IDEMPOTENCY_HEADER)?.trim()
  if (!key || key.length > 128) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Idempotency-Key 헤더(128자 이하)가 필요합니다.")
  }
  const body = req.validatedBody
  const hash = requestHash(body)
  const earlier = await replay(req, customerId, key, hash)
  if (earlier) {
    return sendOk(res, earlier)
  }

  const cart = body.fromCart ? await cartLines(req, customerId) : undefined
  if (cart && !cart.lines.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "장바구니가 비어 있습니다.")
  }

  // The card stays in this process's memory; the workflow (which is persisted) sees a token.
  const cardToken = body.payment.method === "card" ? depositCard(body.payment.card) : undefined
  try {
    const { result } = await placeOrderWorkflow(req.scope).run({
      input: {
        customer_id: customerId,
        idempotency_key: key,
        request_hash: hash,
        lines: cart?.lines ?? body.items!.map((line) => ({ variant_id: line.variantId, product_id: line.itemId, quantity: line.amount })),
        receiver: {
          name: body.receiver.name,
          phone: body.receiver.phone,
          zip_code: body.receiver.zipCode,
          address: body.receiver.address,
          address_detail: body.receiver.addressDetail ?? null,
          message: body.receiver.message ?? null,
        },
        payment:
          body.payment.method === "card"
            ? { flow: "keyed", merchant_uid: newPurchaseMerchantUid(), card_token: cardToken, amount: body.amount }
            : { flow: "v2_browser", merchant_uid: body.payment.paymentId, amount: body.amount },
      },
    })
    if (cart) {
      // Bought lines leave the cart. The order stands even if this fails; the shopper sees the lines again.
      await deleteLineItemsWorkflow(req.scope)
        .run({ input: { cart_id: cart.cartId, ids: cart.lineIds } })
        .catch((error: Error) => req.scope.resolve("logger").warn(`order: bought lines stayed in cart ${cart.cartId}: ${error.message}`))
    }
    sendOk(res, await placedOrder(req, result.group_id), { status: 201 })
  } catch (error) {
    // Another request with this key got there first: answer with its result.
    // (Workflow errors come back re-created: match the type and code, not the instance.)
    const failure = error as { type?: string; code?: string }
    if (failure.type === MedusaError.Types.CONFLICT && failure.code === ORDER_CLAIM_ERRORS.IN_PROGRESS) {
      const first = await replay(req, customerId, key, hash)
      if (first) {
        return sendOk(res, first)
      }
    }
    throw error
  } finally {
    if (cardToken) {
      discardCard(cardToken)
    }
  }
}
