import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHAT_MODULE } from "../../../modules/chat/constants"
import type ChatModuleService from "../../../modules/chat/service"
import type { AppendChatMessageInput } from "../../../modules/chat/service"
import type { ChatMessageDTO } from "../../../modules/chat/types"

export const appendChatMessageStepId = "append-chat-message"

export const appendChatMessageStep = createStep(
  appendChatMessageStepId,
  async (input: AppendChatMessageInput, { container }) => {
    const chat: ChatModuleService = container.resolve(CHAT_MODULE)
    const message = await chat.appendMessage(input)
    return new StepResponse<ChatMessageDTO, Pick<ChatMessageDTO, "id" | "room_id" | "seq">>(message, {
      id: message.id,
      room_id: message.room_id,
      seq: message.seq,
    })
  },
  async (message, { container }) => {
    if (!message) {
      return
    }
    const chat: ChatModuleService = container.resolve(CHAT_MODULE)
    await chat.retractMessage(message)
  }
)
