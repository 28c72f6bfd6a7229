import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ChatActorType, ChatSenderType, type ChatActor } from "../../../modules/chat/types"
import { ChatEvents } from "../events"
import { appendChatMessageStep } from "../steps/append-chat-message"
import { assertChatMemberStep } from "../steps/assert-chat-member"
import { closeChatRoomStep } from "../steps/close-chat-room"

export type CloseChatRoomWorkflowInput = { room_id: string; actor: ChatActor }

export const closeChatRoomWorkflowId = "close-chat-room"

/** Shown to both sides as the room's last message. */
export const CHAT_ROOM_CLOSED_NOTICE = "상담이 종료되었습니다."

/** Sellers and admins close a room; the closing notice is its last message. */
export const closeChatRoomWorkflow = createWorkflow(closeChatRoomWorkflowId, (input: CloseChatRoomWorkflowInput) => {
  assertChatMemberStep({
    room_id: input.room_id,
    actor: input.actor,
    allowed_actor_types: [ChatActorType.SELLER, ChatActorType.USER],
  })
  const notice = transform({ input }, ({ input }) => ({
    room_id: input.room_id,
    sender_type: ChatSenderType.SYSTEM,
    sender_id: null,
    body: CHAT_ROOM_CLOSED_NOTICE,
  }))
  const message = appendChatMessageStep(notice)
  const room = closeChatRoomStep(input.room_id)
  const eventData = transform({ input }, ({ input }) => ({ id: input.room_id }))
  emitEventStep({ eventName: ChatEvents.ROOM_CLOSED, data: eventData })
  return new WorkflowResponse({ room, message })
})
