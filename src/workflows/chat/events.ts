/** Chat domain events; payloads carry ids only. */
export const ChatEvents = {
  ROOM_CREATED: "chat_room.created",
  ROOM_CLOSED: "chat_room.closed",
  MESSAGE_CREATED: "chat_message.created",
} as const
