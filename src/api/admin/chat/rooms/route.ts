import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CHAT_MODULE } from "../../../../modules/chat/constants"
import type ChatModuleService from "../../../../modules/chat/service"
import { ChatActorType, type ChatActor, type ChatRoomDTO, type ChatRoomSummaryDTO } from "../../../../modules/chat/types"
import { openAdminChatRoomWorkflow } from "../../../../workflows/chat/workflows/open-admin-chat-room"
import { chatCounterparts, type AdminChatCounterpart } from "../helpers"
import type { AdminChatRoomsQuery, AdminOpenChatRoomBody } from "../validators"

type AdminChatRoom = ChatRoomSummaryDTO & { counterparts: AdminChatCounterpart[] }

function operator(req: AuthenticatedMedusaRequest<unknown>): ChatActor {
  return { actor_type: ChatActorType.USER, actor_id: req.auth_context.actor_id }
}

/**
 * GET /admin/chat/rooms?status&limit&offset — the rooms operators staff (customer_admin and
 * seller_admin), latest activity first, with this operator's unread counts and who is on the
 * other side.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminChatRoomsQuery>,
  res: MedusaResponse<{ rooms: AdminChatRoom[]; count: number; limit: number; offset: number }>
) {
  const { status, limit, offset } = req.validatedQuery
  const chat = req.scope.resolve<ChatModuleService>(CHAT_MODULE)
  const { rooms, count } = await chat.listRoomSummaries(operator(req), { status, limit, offset })
  const counterparts = await chatCounterparts(
    req.scope,
    rooms.map((room) => room.id)
  )
  res.json({
    rooms: rooms.map((room) => ({ ...room, counterparts: counterparts.get(room.id) ?? [] })),
    count,
    limit,
    offset,
  })
}

/** POST /admin/chat/rooms { seller_id | customer_id } — opens (201) or returns (200) the open room. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminOpenChatRoomBody>,
  res: MedusaResponse<{ room: Omit<ChatRoomDTO, "participants">; created: boolean }>
) {
  const { result } = await openAdminChatRoomWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: operator(req) },
  })
  res.status(result.created ? 201 : 200).json(result)
}
