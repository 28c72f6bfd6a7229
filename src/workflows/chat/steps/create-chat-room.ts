import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHAT_MODULE } from "../../../modules/chat/constants"
import type ChatModuleService from "../../../modules/chat/service"
import type { ChatRoomDTO } from "../../../modules/chat/types"
import type { ChatRoomTarget } from "./resolve-chat-room-target"

export const createChatRoomStepId = "create-chat-room"

export type CreateChatRoomStepOutput = { room: Omit<ChatRoomDTO, "participants">; created: boolean }

/** Returns the open room for the same participants and subject, or creates it. */
export const createChatRoomStep = createStep(
  createChatRoomStepId,
  async (target: ChatRoomTarget, { container }) => {
    const chat: ChatModuleService = container.resolve(CHAT_MODULE)
    // The compensation input is the id of a room this step created, or null when it reused one.
    const existing = await chat.findOpenRoomByKey(target.open_key)
    if (existing) {
      return new StepResponse<CreateChatRoomStepOutput, string | null>({ room: existing, created: false }, null)
    }
    const created = await chat.createRoomWithParticipants(target)
    if (created) {
      return new StepResponse<CreateChatRoomStepOutput, string | null>({ room: created, created: true }, created.id)
    }
    // Another request opened the same room between our read and our insert: that room is the answer.
    const winner = await chat.findOpenRoomByKey(target.open_key)
    if (!winner) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "상담방을 여는 중 변경이 있었습니다. 다시 시도해 주세요.")
    }
    return new StepResponse<CreateChatRoomStepOutput, string | null>({ room: winner, created: false }, null)
  },
  async (createdRoomId, { container }) => {
    if (!createdRoomId) {
      return
    }
    const chat: ChatModuleService = container.resolve(CHAT_MODULE)
    await chat.deleteChatRooms(createdRoomId)
  }
)
