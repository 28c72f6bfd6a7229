import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { ChatRoomDTO, ChatRoomSummaryDTO } from "../../../../../modules/chat/types"
import { openChatRoomWorkflow } from "../../../../../workflows/chat/workflows/open-chat-room"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { chatActor, chatService } from "../helpers"
import type { ListChatRoomsQuery, OpenChatRoomBody } from "../validators"

type OpenedChatRoom = { room: Omit<ChatRoomDTO, "participants">; created: boolean }

/** Opens a room (201), or returns the caller's open room with the same counterpart and subject (200). */
export const POST = async (req: AuthenticatedMedusaRequest<OpenChatRoomBody>, res: ApiV1Response<OpenedChatRoom>) => {
  const { result } = await openChatRoomWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: chatActor(req) },
  })
  sendOk(res, result, { status: result.created ? 201 : 200 })
}

/** The caller's rooms, most recent activity first, with unread counts and the last message. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ListChatRoomsQuery>,
  res: ApiV1Response<ChatRoomSummaryDTO[]>
) => {
  const { page, size, status } = req.validatedQuery
  const { rooms, count } = await chatService(req).listRoomSummaries(chatActor(req), {
    status,
    limit: size,
    offset: (page - 1) * size,
  })
  sendOk(res, rooms, { meta: { page, size, total: count } })
}
