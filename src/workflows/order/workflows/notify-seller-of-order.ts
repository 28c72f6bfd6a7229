import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ChatActorType, ChatRoomKind, ChatSenderType } from "../../../modules/chat/types"
import { ChatEvents } from "../../chat/events"
import { appendChatMessageStep } from "../../chat/steps/append-chat-message"
import { openChatRoomWorkflow } from "../../chat/workflows/open-chat-room"

export type NotifySellerOfOrderWorkflowInput = {
  order_id: string
  /** What happened: a new order (default) or the customer's cancel before shipping. */
  kind?: "placed" | "cancelled"
}

type OrderRow = {
  id: string
  display_id: number | null
  customer_id: string
  total: number
  items: { product_title: string | null; title: string; detail: { quantity: number } | null }[] | null
}

export const describeOrderForSellerStepId = "describe-order-for-seller"

/** The notice the seller reads: order number, items and amount (no personal data beyond it). */
export const describeOrderForSellerStep = createStep(
  describeOrderForSellerStepId,
  async (input: NotifySellerOfOrderWorkflowInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "display_id", "customer_id", "total", "items.product_title", "items.title", "items.detail.quantity"],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as OrderRow
    const items = (order.items ?? []).map((item) => `${item.product_title ?? item.title} ${Number(item.detail?.quantity ?? 0)}개`)
    const number = order.display_id ?? order.id
    const body =
      input.kind === "cancelled"
        ? `구매자가 주문을 취소했습니다. 주문번호 ${number} · ${items.join(", ")}. 결제 금액은 환불되었고 재고는 되돌려졌습니다. 상품을 발송하지 마세요.`
        : `새 주문이 접수되었습니다. 주문번호 ${number} · ${items.join(", ")} · 결제금액 ${Number(order.total).toLocaleString("ko-KR")}원. 주문 확인 후 상품 준비를 시작해 주세요.`
    return new StepResponse({ customer_id: order.customer_id, body })
  }
)

export const notifySellerOfOrderWorkflowId = "notify-seller-of-order"

/**
 * 판매자 알림: a system notice in the order's counselling room between the buyer and the seller
 * (the room is opened if needed); it counts as unread in the seller's room list.
 */
export const notifySellerOfOrderWorkflow = createWorkflow(notifySellerOfOrderWorkflowId, (input: NotifySellerOfOrderWorkflowInput) => {
  const notice = describeOrderForSellerStep(input)
  const room = openChatRoomWorkflow.runAsStep({
    input: transform({ notice, input }, ({ notice, input }) => ({
      actor: { actor_type: ChatActorType.CUSTOMER, actor_id: notice.customer_id },
      kind: ChatRoomKind.CUSTOMER_SELLER,
      order_id: input.order_id,
    })),
  })
  const message = appendChatMessageStep(
    transform({ room, notice }, ({ room, notice }) => ({
      room_id: room.room.id,
      body: notice.body,
      sender_type: ChatSenderType.SYSTEM,
      sender_id: null,
    }))
  )
  emitEventStep({
    eventName: ChatEvents.MESSAGE_CREATED,
    data: transform({ message }, ({ message }) => ({ id: message.id, room_id: message.room_id })),
  }).config({ name: "emit-seller-order-notice" })
  return new WorkflowResponse(message)
})
