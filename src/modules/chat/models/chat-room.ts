import { model } from "@medusajs/framework/utils"
import { ChatRoomKind, ChatRoomStatus, ChatSubjectType } from "../types"
import ChatMessage from "./chat-message"
import ChatParticipant from "./chat-participant"

const ChatRoom = model
  .define("chat_room", {
    id: model.id({ prefix: "chroom" }).primaryKey(),
    kind: model.enum(ChatRoomKind),
    status: model.enum(ChatRoomStatus).default(ChatRoomStatus.OPEN),
    subject_type: model.enum(ChatSubjectType).nullable(),
    subject_id: model.text().nullable(),
    // Same kind, participants and subject: at most one open room (see the unique index).
    open_key: model.text(),
    // Per-room message counter, bumped under a row lock so sequences are gap-free.
    last_seq: model.number().default(0),
    last_message_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    participants: model.hasMany(() => ChatParticipant, { mappedBy: "room" }),
    messages: model.hasMany(() => ChatMessage, { mappedBy: "room" }),
  })
  .cascades({ delete: ["participants", "messages"] })
  .indexes([
    {
      name: "IDX_chat_room_open_key_unique",
      on: ["open_key"],
      unique: true,
      where: "status = 'open' AND deleted_at IS NULL",
    },
    { name: "IDX_chat_room_kind_last_message_at", on: ["kind", "last_message_at"] },
  ])

export default ChatRoom
