import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHAT_MODULE } from "../../../modules/chat/constants"
import type ChatModuleService from "../../../modules/chat/service"
import { ChatRoomStatus } from "../../../modules/chat/types"

export const closeChatRoomStepId = "close-chat-room"

export const closeChatRoomStep = createStep(
  closeChatRoomStepId,
  async (roomId: string, { container }) => {
    const chat: ChatModuleService = container.resolve(CHAT_MODULE)
    const room = await chat.setRoomStatus(roomId, ChatRoomStatus.CLOSED)
    return new StepResponse(room, roomId)
  },
  async (roomId, { container }) => {
    if (!roomId) {
      return
    }
    const chat: ChatModuleService = container.resolve(CHAT_MODULE)
    await chat.setRoomStatus(roomId, ChatRoomStatus.OPEN)
  }
)
