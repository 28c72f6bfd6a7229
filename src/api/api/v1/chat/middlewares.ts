import type { MiddlewareRoute } from "@medusajs/framework/http"
import { CHAT_ACTOR_TYPES } from "../../../../modules/chat/types"
import { requireActor } from "../../../utils/authenticate"
import { validateBody, validateQuery } from "../../../utils/validate"
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
  { matcher: "/api/v1/chat/*", middlewares: [requireActor(CHAT_ACTOR_TYPES)] },
  { matcher: "/api/v1/chat/rooms", methods: ["POST"], middlewares: [validateBody(OpenChatRoomBody)] },
  { matcher: "/api/v1/chat/rooms", methods: ["GET"], middlewares: [validateQuery(ListChatRoomsQuery)] },
  {
    matcher: "/api/v1/chat/rooms/:id/messages",
    methods: ["GET"],
    middlewares: [validateQuery(ListChatMessagesQuery)],
  },
  { matcher: "/api/v1/chat/rooms/:id/read", methods: ["POST"], middlewares: [validateBody(MarkChatRoomReadBody)] },
  { matcher: "/api/v1/chat/rooms/:id/close", methods: ["POST"], middlewares: [validateBody(CloseChatRoomBody)] },
  {
    matcher: "/api/v1/chat/attachments",
    methods: ["POST"],
    // Base64 of a 5 MB image and its envelope.
    bodyParser: { sizeLimit: "8mb" },
    middlewares: [validateBody(UploadChatAttachmentBody)],
  },
]
