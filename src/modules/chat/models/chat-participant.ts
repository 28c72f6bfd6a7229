import { model } from "@medusajs/framework/utils"
import { ChatActorType } from "../types"
import ChatRoom from "./chat-room"

const ChatParticipant = model
  .define("chat_participant", {
    id: model.id({ prefix: "chpart" }).primaryKey(),
    actor_type: model.enum(ChatActorType),
    actor_id: model.text(),
    // Unread messages are derived: room.last_seq - last_read_seq.
    last_read_seq: model.number().default(0),
    room: model.belongsTo(() => ChatRoom, { mappedBy: "participants" }),
  })
  .indexes([
    {
      name: "IDX_chat_participant_room_actor_unique",
      on: ["room_id", "actor_type", "actor_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_chat_participant_actor", on: ["actor_type", "actor_id"], where: "deleted_at IS NULL" },
  ])

export default ChatParticipant
