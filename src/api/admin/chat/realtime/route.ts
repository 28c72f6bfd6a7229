import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CHAT_MODULE } from "../../../../modules/chat/constants"
import type ChatModuleService from "../../../../modules/chat/service"

/**
 * GET /admin/chat/realtime — where the dashboard reaches the chat socket.io server: its port on
 * this host (null when it does not run in this process). The socket authenticates with a JWT
 * from `POST /auth/token/refresh`, which the dashboard's session may call.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ port: number | null }>) {
  const chat = req.scope.resolve<ChatModuleService>(CHAT_MODULE)
  res.json({ port: chat.realtime().port })
}
