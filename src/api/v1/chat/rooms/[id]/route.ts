import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ChatParticipantDTO, ChatRoomDTO } from "../../../../../modules/chat/types"
import { envelope, type ApiV1Response } from "../../../utils/envelope"
import { chatActor, chatService } from "../../helpers"

type ChatRoomDetail = ChatRoomDTO & { participants: ChatParticipantDTO[]; last_read_seq: number; unread_count: number }

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<ApiV1Response<ChatRoomDetail>>) => {
  const actor = chatActor(req)
  const room = await chatService(req).retrieveRoomForActor(req.params.id, actor)
  const mine = room.participants.find((p) => p.actor_type === actor.actor_type && p.actor_id === actor.actor_id)
  const last_read_seq = mine?.last_read_seq ?? 0
  res.json(envelope({ ...room, last_read_seq, unread_count: Math.max(room.last_seq - last_read_seq, 0) }))
}
