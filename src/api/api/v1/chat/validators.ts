import { z } from "@medusajs/framework/zod"
import { ChatRoomKind, ChatRoomStatus } from "../../../../modules/chat/types"

const id = z.string().min(1).max(100)

export const OpenChatRoomBody = z
  .object({
    kind: z.nativeEnum(ChatRoomKind),
    product_id: id.optional(),
    order_id: id.optional(),
    seller_id: id.optional(),
  })
  .strict()
export type OpenChatRoomBody = z.infer<typeof OpenChatRoomBody>

export const ListChatRoomsQuery = z
  .object({
    status: z.nativeEnum(ChatRoomStatus).optional(),
    page: z.coerce.number().int().min(1).default(1),
    size: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
export type ListChatRoomsQuery = z.infer<typeof ListChatRoomsQuery>

export const ListChatMessagesQuery = z
  .object({
    after_seq: z.coerce.number().int().min(0).optional(),
    before_seq: z.coerce.number().int().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict()
export type ListChatMessagesQuery = z.infer<typeof ListChatMessagesQuery>

export const MarkChatRoomReadBody = z.object({ seq: z.number().int().min(0).optional() }).strict()
export type MarkChatRoomReadBody = z.infer<typeof MarkChatRoomReadBody>

export const CloseChatRoomBody = z.object({}).strict()
export type CloseChatRoomBody = z.infer<typeof CloseChatRoomBody>
