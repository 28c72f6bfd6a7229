import { z } from "@medusajs/framework/zod"
import { ChatRoomStatus } from "../../../modules/chat/types"

export const AdminChatRoomsQuerySchema = z
  .object({
    status: z.enum(Object.values(ChatRoomStatus) as [ChatRoomStatus, ...ChatRoomStatus[]]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminChatRoomsQuery = z.infer<typeof AdminChatRoomsQuerySchema>

/** The counterpart of the room: exactly one of a seller or a customer. */
export const AdminOpenChatRoomSchema = z
  .object({
    seller_id: z.string().min(1).max(100).optional(),
    customer_id: z.string().min(1).max(100).optional(),
  })
  .strict()
  .refine((body) => !!body.seller_id !== !!body.customer_id, {
    message: "seller_id 또는 customer_id 중 하나를 지정해 주세요.",
  })
export type AdminOpenChatRoomBody = z.infer<typeof AdminOpenChatRoomSchema>
