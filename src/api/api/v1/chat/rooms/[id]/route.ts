import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { ChatParticipantDTO, ChatRoomDTO } from "../../../../../../modules/chat/types"
import { sendOk, type ApiV1Response } from "../../../../../utils/envelope"
import { chatActor, chatService } from "../../helpers"

type ChatRoomDetail = ChatRoomDTO & { participants: ChatParticipantDTO[]; last_read_seq: number; unread_count: number }

/** One room with its participants and the caller's read state; 404 for non-members. */
export const GET = async (req: AuthenticatedMedusaRequest, res: ApiV1Response<ChatRoomDetail>) => {
  const actor = chatActor(req)
  const room = await chatService(req).retrieveRoomForActor(req.params.id, actor)
  const mine = room.participants.find((p) => p.actor_type === actor.actor_type && p.actor_id === actor.actor_id)
  const last_read_seq = mine?.last_read_seq ?? 0
  sendOk(res, { ...room, last_read_seq, unread_count: Math.max(room.last_seq - last_read_seq, 0) })
}
