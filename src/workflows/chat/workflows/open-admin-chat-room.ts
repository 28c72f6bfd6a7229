import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ChatEvents } from "../events"
import { createChatRoomStep } from "../steps/create-chat-room"
import {
  resolveAdminChatRoomTargetStep,
  type ResolveAdminChatRoomTargetStepInput,
} from "../steps/resolve-admin-chat-room-target"

export type OpenAdminChatRoomWorkflowInput = ResolveAdminChatRoomTargetStepInput

export const openAdminChatRoomWorkflowId = "open-admin-chat-room"

/** An operator opens a counselling room with a seller or a customer, or gets the open one. */
export const openAdminChatRoomWorkflow = createWorkflow(
  openAdminChatRoomWorkflowId,
  (input: OpenAdminChatRoomWorkflowInput) => {
    const target = resolveAdminChatRoomTargetStep(input)
    const result = createChatRoomStep(target)

    when("admin-chat-room-was-created", { result }, ({ result }) => result.created).then(() => {
      const eventData = transform({ result }, ({ result }) => ({ id: result.room.id }))
      emitEventStep({ eventName: ChatEvents.ROOM_CREATED, data: eventData })
    })

    return new WorkflowResponse(result)
  }
)
