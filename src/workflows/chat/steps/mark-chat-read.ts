import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHAT_MODULE } from "../../../modules/chat/constants"
import type ChatModuleService from "../../../modules/chat/service"
import type { ChatActor } from "../../../modules/chat/types"

export type MarkChatReadStepInput = { room_id: string; actor: ChatActor; seq?: number }
type MarkChatReadCompensation = { room_id: string; actor: ChatActor; previous: number }

export const markChatReadStepId = "mark-chat-read"

export const markChatReadStep = createStep(
  markChatReadStepId,
  async (input: MarkChatReadStepInput, { container }) => {
    const chat: ChatModuleService = container.resolve(CHAT_MODULE)
    const { previous, current } = await chat.markRead(input.room_id, input.actor, input.seq)
    return new StepResponse<{ last_read_seq: number }, MarkChatReadCompensation>(
      { last_read_seq: current },
      { room_id: input.room_id, actor: input.actor, previous }
    )
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const chat: ChatModuleService = container.resolve(CHAT_MODULE)
    await chat.restoreReadSeq(snapshot.room_id, snapshot.actor, snapshot.previous)
  }
)
