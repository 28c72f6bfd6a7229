import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHAT_MODULE } from "../../../modules/chat/constants"
import type ChatModuleService from "../../../modules/chat/service"
import type { ChatActor, ChatActorType } from "../../../modules/chat/types"

export type AssertChatMemberStepInput = {
  room_id: string
  actor: ChatActor
  /** Only these actor types may go on (e.g. closing is for sellers and admins). */
  allowed_actor_types?: ChatActorType[]
}

export const assertChatMemberStepId = "assert-chat-member"

/** Loads the room for a member; non-members get the same 404 as a missing room. Read-only. */
export const assertChatMemberStep = createStep(
  assertChatMemberStepId,
  async (input: AssertChatMemberStepInput, { container }) => {
    const chat: ChatModuleService = container.resolve(CHAT_MODULE)
    const room = await chat.retrieveRoomForActor(input.room_id, input.actor)
    if (input.allowed_actor_types && !input.allowed_actor_types.includes(input.actor.actor_type)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `이 계정으로는 할 수 없는 작업입니다: ${input.room_id}`
      )
    }
    return new StepResponse(room)
  }
)
