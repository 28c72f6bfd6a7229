import { model } from "@medusajs/framework/utils"
import { ChatSenderType } from "../types"
import ChatRoom from "./chat-room"

const ChatMessage = model
  .define("chat_message", {
    id: model.id({ prefix: "chmsg" }).primaryKey(),
    seq: model.number(),
    sender_type: model.enum(ChatSenderType),
    sender_id: model.text().nullable(),
    body: model.text(),
    attachment: model.json().nullable(),
    room: model.belongsTo(() => ChatRoom, { mappedBy: "messages" }),
  })
  .indexes([
    // The backstop for gap-free, unique sequences; the room row lock does the ordering.
    { name: "IDX_chat_message_room_seq_unique", on: ["room_id", "seq"], unique: true },
  ])
  .checks([
    { name: "chat_message_body_length", expression: (columns) => `char_length(${columns.body}) <= 2000` },
  ])

export default ChatMessage
