import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ChatActor } from "../../../modules/chat/types"
import { assertChatMemberStep } from "../steps/assert-chat-member"
import { markChatReadStep } from "../steps/mark-chat-read"

export type MarkChatRoomReadWorkflowInput = { room_id: string; actor: ChatActor; seq?: number }

export const markChatRoomReadWorkflowId = "mark-chat-room-read"

export const markChatRoomReadWorkflow = createWorkflow(
  markChatRoomReadWorkflowId,
  (input: MarkChatRoomReadWorkflowInput) => {
    assertChatMemberStep({ room_id: input.room_id, actor: input.actor })
    const read = markChatReadStep(input)
    return new WorkflowResponse(read)
  }
)
