import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { markChatRoomReadWorkflow } from "../../../../../../../workflows/chat/workflows/mark-chat-room-read"
import { sendOk, type ApiV1Response } from "../../../../../../utils/envelope"
import { chatActor, chatService } from "../../../helpers"
import type { MarkChatRoomReadBody } from "../../../validators"

/** Marks the room read up to `seq` (default: everything); members connected over socket.io see it live. */
export const POST = async (
  req: AuthenticatedMedusaRequest<MarkChatRoomReadBody>,
  res: ApiV1Response<{ room_id: string; last_read_seq: number }>
) => {
  const actor = chatActor(req)
  const room_id = req.params.id
  const { result } = await markChatRoomReadWorkflow(req.scope).run({
    input: { room_id, actor, seq: req.validatedBody.seq },
  })
  chatService(req).realtime().server?.emitToRoom(room_id, "read", { room_id, ...actor, last_read_seq: result.last_read_seq })
  sendOk(res, { room_id, last_read_seq: result.last_read_seq })
}
