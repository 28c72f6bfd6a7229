import { z } from "@medusajs/framework/zod"
import { CHAT_ATTACHMENT_EXTENSIONS, ChatRoomKind, ChatRoomStatus } from "../../../../modules/chat/types"

const id = z.string().min(1).max(100)

export const OpenChatRoomBody = z
  .object({
    kind: z.enum(Object.values(ChatRoomKind), { message: "상담 종류가 올바르지 않습니다." }),
    product_id: id.optional(),
    order_id: id.optional(),
    seller_id: id.optional(),
  })
  .strict()
export type OpenChatRoomBody = z.infer<typeof OpenChatRoomBody>

export const ListChatRoomsQuery = z
  .object({
    status: z.enum(Object.values(ChatRoomStatus)).optional(),
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

/** Chat images: up to 5 MB once decoded (base64 is 4/3 of that). */
export const CHAT_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024

export const UploadChatAttachmentBody = z
  .object({
    filename: z
      .string()
      .min(1)
      .max(200)
      .regex(new RegExp(`^[^/\\\\]+\\.(${CHAT_ATTACHMENT_EXTENSIONS.join("|")})$`, "i"), "이미지 파일 이름이어야 합니다."),
    mime_type: z.enum(["image/png", "image/jpeg", "image/gif", "image/webp"], {
      message: "PNG, JPEG, GIF, WebP 이미지만 올릴 수 있습니다.",
    }),
    content: z
      .string()
      .min(1)
      .max(Math.ceil((CHAT_ATTACHMENT_MAX_BYTES * 4) / 3) + 4)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, "base64로 인코딩한 내용이어야 합니다."),
  })
  .strict()
export type UploadChatAttachmentBody = z.infer<typeof UploadChatAttachmentBody>
