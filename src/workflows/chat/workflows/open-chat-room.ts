import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ChatEvents } from "../events"
import { createChatRoomStep } from "../steps/create-chat-room"
import { resolveChatRoomTargetStep, type ResolveChatRoomTargetStepInput } from "../steps/resolve-chat-room-target"

export type OpenChatRoomWorkflowInput = ResolveChatRoomTargetStepInput

export const openChatRoomWorkflowId = "open-chat-room"

/** Opens a counselling room, or returns the open one for the same participants and subject. */
export const openChatRoomWorkflow = createWorkflow(openChatRoomWorkflowId, (input: OpenChatRoomWorkflowInput) => {
  const target = resolveChatRoomTargetStep(input)
  const result = createChatRoomStep(target)

  when("chat-room-was-created", { result }, ({ result }) => result.created).then(() => {
    const eventData = transform({ result }, ({ result }) => ({ id: result.room.id }))
    emitEventStep({ eventName: ChatEvents.ROOM_CREATED, data: eventData })
  })

  return new WorkflowResponse(result)
})
