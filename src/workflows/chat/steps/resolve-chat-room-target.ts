import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ChatActorType,
  ChatRoomKind,
  ChatSubjectType,
  type ChatActor,
  type ChatSubjectType as ChatSubjectTypeValue,
} from "../../../modules/chat/types"
import { SELLER_MODULE } from "../../../modules/seller"

export type ResolveChatRoomTargetStepInput = {
  actor: ChatActor
  kind: ChatRoomKind
  product_id?: string
  order_id?: string
  seller_id?: string
}

export type ChatRoomTarget = {
  kind: ChatRoomKind
  subject_type: ChatSubjectTypeValue | null
  subject_id: string | null
  participants: ChatActor[]
  open_key: string
}

export const resolveChatRoomTargetStepId = "resolve-chat-room-target"

const OPENERS: Record<ChatRoomKind, ChatActorType> = {
  [ChatRoomKind.CUSTOMER_SELLER]: ChatActorType.CUSTOMER,
  [ChatRoomKind.CUSTOMER_ADMIN]: ChatActorType.CUSTOMER,
  [ChatRoomKind.SELLER_ADMIN]: ChatActorType.SELLER,
}

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** The product exists, and a seller may only name its own products. */
async function assertProductVisible(container: MedusaContainer, productId: string, actor: ChatActor): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "seller.id"], filters: { id: productId } })
  const product = data[0] as { id: string; seller?: { id: string } | null } | undefined
  if (!product || (actor.actor_type === ChatActorType.SELLER && product.seller?.id !== actor.actor_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품을 찾을 수 없습니다: ${productId}`)
  }
}

async function assertOrderVisible(container: MedusaContainer, orderId: string, actor: ChatActor): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id", "seller.id"], filters: { id: orderId } })
  const order = data[0] as { customer_id: string | null; seller?: { id: string } | null } | undefined
  // Customers talk about their own orders and sellers about theirs; anything else answers like a
  // missing order.
  if (
    !order ||
    (actor.actor_type === ChatActorType.CUSTOMER && order.customer_id !== actor.actor_id) ||
    (actor.actor_type === ChatActorType.SELLER && order.seller?.id !== actor.actor_id)
  ) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `주문을 찾을 수 없습니다: ${orderId}`)
  }
}

/** The seller behind a product or order, through the product ↔ seller / order ↔ seller links. */
async function sellerOfSubject(
  container: MedusaContainer,
  subjectType: ChatSubjectTypeValue,
  subjectId: string
): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: subjectType, fields: ["id", "seller.id"], filters: { id: subjectId } })
  const row = data[0] as { seller?: { id?: string } | null } | undefined
  return row?.seller?.id ?? null
}

async function assertSellerExists(container: MedusaContainer, sellerId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: SELLER_MODULE, fields: ["id"], filters: { id: sellerId } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `판매자를 찾을 수 없습니다: ${sellerId}`)
  }
}

/**
 * One open room per kind, members and subject: whoever opens it (a member, or an admin for the
 * admin side) computes the same key, so both find the same room.
 */
export function chatRoomOpenKey(
  kind: ChatRoomKind,
  participants: ChatActor[],
  subjectType: ChatSubjectTypeValue | null,
  subjectId: string | null
): string {
  const members = participants
    .map((p) => `${p.actor_type}:${p.actor_id}`)
    .sort()
    .join(",")
  return `${kind}|${members}|${subjectType ?? "none"}:${subjectId ?? ""}`
}

/** Who may open which room about what, and with whom: read-only, so nothing to compensate. */
export const resolveChatRoomTargetStep = createStep(
  resolveChatRoomTargetStepId,
  async (input: ResolveChatRoomTargetStepInput, { container }) => {
    const { actor, kind } = input
    if (OPENERS[kind] !== actor.actor_type) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `kind: 이 계정으로는 열 수 없는 상담입니다 (${actor.actor_type} → ${kind}).`)
    }
    if (input.product_id && input.order_id) {
      throw invalid("product_id, order_id: 상담 주제는 상품 또는 주문 중 하나만 지정해 주세요.")
    }
    const subject_type = input.product_id ? ChatSubjectType.PRODUCT : input.order_id ? ChatSubjectType.ORDER : null
    const subject_id = input.product_id ?? input.order_id ?? null
    if (subject_type === ChatSubjectType.PRODUCT) {
      await assertProductVisible(container, subject_id!, actor)
    } else if (subject_type === ChatSubjectType.ORDER) {
      await assertOrderVisible(container, subject_id!, actor)
    }

    const participants: ChatActor[] = [actor]
    if (kind === ChatRoomKind.CUSTOMER_SELLER) {
      const linked = subject_type ? await sellerOfSubject(container, subject_type, subject_id!) : null
      if (linked && input.seller_id && linked !== input.seller_id) {
        throw invalid(`seller_id: 해당 ${subject_type === ChatSubjectType.PRODUCT ? "상품" : "주문"}의 판매자가 아닙니다: ${input.seller_id}`)
      }
      const sellerId = linked ?? input.seller_id
      if (!sellerId) {
        throw invalid("판매자를 알 수 없습니다. 판매자의 상품·주문 또는 seller_id를 지정해 주세요.")
      }
      await assertSellerExists(container, sellerId)
      participants.push({ actor_type: ChatActorType.SELLER, actor_id: sellerId })
    } else if (input.seller_id) {
      throw invalid(`seller_id는 ${ChatRoomKind.CUSTOMER_SELLER} 상담에서만 쓸 수 있습니다.`)
    }

    const open_key = chatRoomOpenKey(kind, participants, subject_type, subject_id)
    return new StepResponse<ChatRoomTarget>({ kind, subject_type, subject_id, participants, open_key })
  }
)
