import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ChatRoomDTO, ChatRoomSummaryDTO } from "../../../../modules/chat/types"
import { openChatRoomWorkflow } from "../../../../workflows/chat/workflows/open-chat-room"
import { envelope, listEnvelope, type ApiV1ListMeta, type ApiV1Response } from "../../utils/envelope"
import { chatActor, chatService } from "../helpers"
import type { ListChatRoomsQuery, OpenChatRoomBody } from "../validators"

type OpenChatRoomResponse = ApiV1Response<{ room: Omit<ChatRoomDTO, "participants">; created: boolean }>

/** Opens a room, or returns the caller's open room with the same counterpart and subject (200). */
export const POST = async (
  req: AuthenticatedMedusaRequest<OpenChatRoomBody>,
  res: MedusaResponse<OpenChatRoomResponse>
) => {
  const { result } = await openChatRoomWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: chatActor(req) },
  })
  res.status(result.created ? 201 : 200).json(envelope(result))
}

/** The caller's rooms, most recent activity first, with unread counts and the last message. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ListChatRoomsQuery>,
  res: MedusaResponse<ApiV1Response<ChatRoomSummaryDTO[], ApiV1ListMeta>>
) => {
  const { limit, offset, status } = req.validatedQuery
  const { rooms, count } = await chatService(req).listRoomSummaries(chatActor(req), { limit, offset, status })
  res.json(listEnvelope(rooms, { count, limit, offset }))
}
