import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminChatRoomsQuerySchema, AdminOpenChatRoomSchema } from "./validators"

/** `/admin/chat`: Medusa authenticates every `/admin/*` route as an operator (actor `user`). */
export const adminChatMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/chat/rooms",
    middlewares: [validateAndTransformQuery(AdminChatRoomsQuerySchema, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/chat/rooms",
    middlewares: [validateAndTransformBody(AdminOpenChatRoomSchema)],
  },
]
