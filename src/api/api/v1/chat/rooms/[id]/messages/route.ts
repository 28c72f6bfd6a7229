import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { ChatMessageDTO } from "../../../../../../../modules/chat/types"
import { sendOk, type ApiV1Response } from "../../../../../../utils/envelope"
import { chatActor, chatService } from "../../../helpers"
import type { ListChatMessagesQuery } from "../../../validators"

type ChatHistoryPage = { messages: ChatMessageDTO[]; has_more: boolean; last_seq: number }

/**
 * A room's history in ascending sequence. `after_seq` pages forward (and resumes after a
 * disconnect); `before_seq` pages back from the newest; neither starts at the first message.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ListChatMessagesQuery>,
  res: ApiV1Response<ChatHistoryPage>
) => {
  const chat = chatService(req)
  const room = await chat.retrieveRoomForActor(req.params.id, chatActor(req))
  const { after_seq, before_seq, limit } = req.validatedQuery
  const page = await chat.listMessagePage(room.id, { after_seq, before_seq, limit })
  sendOk(res, { ...page, last_seq: room.last_seq })
}
