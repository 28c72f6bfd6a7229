import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { CHAT_ACTOR_TYPES } from "../../../../modules/chat/types"
import {
  CloseChatRoomBody,
  ListChatMessagesQuery,
  ListChatRoomsQuery,
  MarkChatRoomReadBody,
  OpenChatRoomBody,
  UploadChatAttachmentBody,
} from "./validators"

export const chatRoutes: MiddlewareRoute[] = [
  // Customers, sellers and admins (`user`), each seeing only their own rooms.
  { matcher: "/api/v1/chat/*", middlewares: [authenticate(CHAT_ACTOR_TYPES, ["bearer", "session"])] },
  { matcher: "/api/v1/chat/rooms", method: ["POST"], middlewares: [validateAndTransformBody(OpenChatRoomBody)] },
  { matcher: "/api/v1/chat/rooms", method: ["GET"], middlewares: [validateAndTransformQuery(ListChatRoomsQuery, {})] },
  {
    matcher: "/api/v1/chat/rooms/:id/messages",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(ListChatMessagesQuery, {})],
  },
  {
    matcher: "/api/v1/chat/rooms/:id/read",
    method: ["POST"],
    middlewares: [validateAndTransformBody(MarkChatRoomReadBody)],
  },
  {
    matcher: "/api/v1/chat/attachments",
    method: ["POST"],
    bodyParser: { sizeLimit: "8mb" },
    middlewares: [validateAndTransformBody(UploadChatAttachmentBody)],
  },
  {
    matcher: "/api/v1/chat/rooms/:id/close",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CloseChatRoomBody)],
  },
]
