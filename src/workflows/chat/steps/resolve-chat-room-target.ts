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

/** Registration key of the seller module, which lands separately; everything here works without it. */
const SELLER_MODULE_KEY = "seller"

const OPENERS: Record<ChatRoomKind, ChatActorType> = {
  [ChatRoomKind.CUSTOMER_SELLER]: ChatActorType.CUSTOMER,
  [ChatRoomKind.CUSTOMER_ADMIN]: ChatActorType.CUSTOMER,
  [ChatRoomKind.SELLER_ADMIN]: ChatActorType.SELLER,
}

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

async function assertProductExists(container: MedusaContainer, productId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: productId } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품을 찾을 수 없습니다: ${productId}`)
  }
}

async function assertOrderVisible(container: MedusaContainer, orderId: string, actor: ChatActor): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } })
  const order = data[0]
  // A customer may only talk about their own orders; anything else answers like a missing order.
  // TODO(seller-module): a seller naming an order must be that order's seller (order ↔ seller link).
  if (!order || (actor.actor_type === ChatActorType.CUSTOMER && order.customer_id !== actor.actor_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `주문을 찾을 수 없습니다: ${orderId}`)
  }
}

/**
 * The seller behind a product or order, read through the product ↔ seller / order ↔ seller links
 * once the seller module is installed. Before that, callers name the seller explicitly.
 */
async function sellerOfSubject(
  container: MedusaContainer,
  subjectType: ChatSubjectTypeValue,
  subjectId: string
): Promise<string | null> {
  if (!container.hasRegistration(SELLER_MODULE_KEY)) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    // TODO(seller-module): confirm the link alias (`seller` vs `sellers`) once the link files land.
    const { data } = await query.graph({ entity: subjectType, fields: ["id", "seller.id"], filters: { id: subjectId } })
    const row = data[0] as { seller?: { id?: string } | null } | undefined
    return row?.seller?.id ?? null
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`chat: could not read the seller of ${subjectType} ${subjectId}: ${(error as Error).message}`)
    return null
  }
}

async function assertSellerExists(container: MedusaContainer, sellerId: string): Promise<void> {
  if (!container.hasRegistration(SELLER_MODULE_KEY)) {
    // TODO(seller-module): without the seller module there is nothing to check a seller id against.
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: SELLER_MODULE_KEY, fields: ["id"], filters: { id: sellerId } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `판매자를 찾을 수 없습니다: ${sellerId}`)
  }
}

/** Who may open which room about what, and with whom: read-only, so nothing to compensate. */
export const resolveChatRoomTargetStep = createStep(
  resolveChatRoomTargetStepId,
  async (input: ResolveChatRoomTargetStepInput, { container }) => {
    const { actor, kind } = input
    if (OPENERS[kind] !== actor.actor_type) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `이 계정으로는 열 수 없는 상담입니다 (${actor.actor_type} → ${kind}).`)
    }
    if (input.product_id && input.order_id) {
      throw invalid("상담 주제는 상품 또는 주문 중 하나만 지정해 주세요.")
    }
    const subject_type = input.product_id ? ChatSubjectType.PRODUCT : input.order_id ? ChatSubjectType.ORDER : null
    const subject_id = input.product_id ?? input.order_id ?? null
    if (subject_type === ChatSubjectType.PRODUCT) {
      // TODO(seller-module): a seller naming a product in a seller_admin room must be its seller.
      await assertProductExists(container, subject_id!)
    } else if (subject_type === ChatSubjectType.ORDER) {
      await assertOrderVisible(container, subject_id!, actor)
    }

    const participants: ChatActor[] = [actor]
    if (kind === ChatRoomKind.CUSTOMER_SELLER) {
      const linked = subject_type ? await sellerOfSubject(container, subject_type, subject_id!) : null
      if (linked && input.seller_id && linked !== input.seller_id) {
        throw invalid(`해당 ${subject_type === ChatSubjectType.PRODUCT ? "상품" : "주문"}의 판매자가 아닙니다: ${input.seller_id}`)
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

    const members = participants
      .map((p) => `${p.actor_type}:${p.actor_id}`)
      .sort()
      .join(",")
    const open_key = `${kind}|${members}|${subject_type ?? "none"}:${subject_id ?? ""}`
    return new StepResponse<ChatRoomTarget>({ kind, subject_type, subject_id, participants, open_key })
  }
)
