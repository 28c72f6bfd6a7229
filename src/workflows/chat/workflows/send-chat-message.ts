import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ChatActor } from "../../../modules/chat/types"
import { ChatEvents } from "../events"
import { appendChatMessageStep } from "../steps/append-chat-message"
import { assertChatMemberStep } from "../steps/assert-chat-member"
import { resolveChatAttachmentStep } from "../steps/resolve-chat-attachment"

export type SendChatMessageWorkflowInput = {
  room_id: string
  actor: ChatActor
  body: string
  /** An image uploaded through POST /api/v1/chat/attachments. */
  attachment_file_id?: string
}

export const sendChatMessageWorkflowId = "send-chat-message"

/** Stores a member's message with the room's next sequence; broadcasting is the caller's job, after this. */
export const sendChatMessageWorkflow = createWorkflow(
  sendChatMessageWorkflowId,
  (input: SendChatMessageWorkflowInput) => {
    assertChatMemberStep({ room_id: input.room_id, actor: input.actor })
    const attachment = resolveChatAttachmentStep(input.attachment_file_id)
    const appendInput = transform({ input, attachment }, ({ input, attachment }) => ({
      room_id: input.room_id,
      sender_type: input.actor.actor_type,
      sender_id: input.actor.actor_id,
      body: input.body,
      attachment,
    }))
    const message = appendChatMessageStep(appendInput)
    const eventData = transform({ message }, ({ message }) => ({ id: message.id, room_id: message.room_id }))
    emitEventStep({ eventName: ChatEvents.MESSAGE_CREATED, data: eventData })
    return new WorkflowResponse(message)
  }
)
