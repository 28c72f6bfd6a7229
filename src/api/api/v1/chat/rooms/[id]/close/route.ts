import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { ChatMessageDTO, ChatRoomDTO } from "../../../../../../../modules/chat/types"
import { closeChatRoomWorkflow } from "../../../../../../../workflows/chat/workflows/close-chat-room"
import { sendOk, type ApiV1Response } from "../../../../../../utils/envelope"
import { chatActor, chatService } from "../../../helpers"
import type { CloseChatRoomBody } from "../../../validators"

type ClosedChatRoom = { room: Omit<ChatRoomDTO, "participants">; message: ChatMessageDTO }

/** Sellers and admins close a room; members connected over socket.io get `room_closed`. */
export const POST = async (req: AuthenticatedMedusaRequest<CloseChatRoomBody>, res: ApiV1Response<ClosedChatRoom>) => {
  const room_id = req.params.id
  const { result } = await closeChatRoomWorkflow(req.scope).run({ input: { room_id, actor: chatActor(req) } })
  chatService(req).realtime().server?.emitToRoom(room_id, "room_closed", { room_id, message: result.message })
  sendOk(res, result)
}
