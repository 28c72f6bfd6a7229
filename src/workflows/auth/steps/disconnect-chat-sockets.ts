import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHAT_MODULE } from "../../../modules/chat"
import type ChatModuleService from "../../../modules/chat/service"
import { SESSION_END_MESSAGES, type ActorRef, type SessionEndReason } from "../session-end"

export type DisconnectChatSocketsStepInput = { actors: ActorRef[]; reason: SessionEndReason }

export const disconnectChatSocketsStepId = "disconnect-chat-sockets"

/**
 * Tells the actors' open chat sockets why (`session_ended`) and drops them, on every process
 * sharing the chat's Redis adapter. A dropped socket cannot be reconnected by undoing anything, so
 * this runs last and has no compensation; its tokens are refused from now on, so it cannot
 * reconnect with them either.
 */
export const disconnectChatSocketsStep = createStep(
  disconnectChatSocketsStepId,
  async (input: DisconnectChatSocketsStepInput, { container }) => {
    const chat = container.resolve<ChatModuleService>(CHAT_MODULE)
    chat.realtime().server?.endActorSessions(input.actors, { reason: input.reason, message: SESSION_END_MESSAGES[input.reason] })
    return new StepResponse(undefined)
  }
)
