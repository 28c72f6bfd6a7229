import type { ChatActorType, ChatMessageDTO, ChatRoomDTO } from "../types"

/**
 * The socket.io contract of the chat server, shared by the server, tests, the bench and clients.
 *
 * Connect with `io(url, { auth: { token: <Medusa JWT> } })`. Every request that can fail answers
 * through its acknowledgement; `chat_error` is sent just before the server drops an abusive socket,
 * `session_ended` just before it drops the sockets of an account that changed its password,
 * logged out or seceded.
 */

export type ChatErrorCode =
  | "unauthorized"
  | "not_found"
  | "not_allowed"
  | "invalid_data"
  | "rate_limited"
  | "message_too_long"
  | "token_expired"
  | "internal"

export type ChatError = { code: ChatErrorCode; message: string }
export type Ack<T> = ({ ok: true } & T) | { ok: false; error: ChatError }

export type JoinPayload = { room_id: string; after_seq?: number }
export type JoinAck = Ack<{
  room: Omit<ChatRoomDTO, "participants">
  /** Messages after `after_seq` (none when it was not given), ascending by sequence. */
  messages: ChatMessageDTO[]
  /** More than one batch was missed: join again after the last sequence received. */
  has_more: boolean
}>
/** `attachment_file_id`: an image uploaded with POST /api/v1/chat/attachments. */
export type SendPayload = { room_id: string; body: string; attachment_file_id?: string }
export type SendAck = Ack<{ message: ChatMessageDTO }>
export type ReadPayload = { room_id: string; seq?: number }
export type ReadAck = Ack<{ last_read_seq: number }>
export type TypingPayload = { room_id: string; is_typing: boolean }

export type TypingEvent = { room_id: string; actor_type: ChatActorType; actor_id: string; is_typing: boolean }
export type ReadEvent = { room_id: string; actor_type: ChatActorType; actor_id: string; last_read_seq: number }
export type RoomClosedEvent = { room_id: string; message: ChatMessageDTO }
/**
 * Sent just before the server drops every socket of an account whose sessions ended: `reason` is
 * `password_changed`, `logged_out` or `seceded`; `message` is for the person, in Korean.
 */
export type SessionEndedEvent = { reason: string; message: string }

export interface ClientToServerEvents {
  join: (payload: JoinPayload, ack: (response: JoinAck) => void) => void
  leave: (payload: { room_id: string }, ack: (response: Ack<Record<string, never>>) => void) => void
  send: (payload: SendPayload, ack: (response: SendAck) => void) => void
  read: (payload: ReadPayload, ack: (response: ReadAck) => void) => void
  typing: (payload: TypingPayload) => void
}

export interface ServerToClientEvents {
  message: (message: ChatMessageDTO) => void
  typing: (event: TypingEvent) => void
  read: (event: ReadEvent) => void
  room_closed: (event: RoomClosedEvent) => void
  chat_error: (error: ChatError) => void
  session_ended: (event: SessionEndedEvent) => void
}

/** socket.io room name for a chat room. */
export function roomChannel(roomId: string): string {
  return `chat_room:${roomId}`
}

/** socket.io room holding every socket of one account, so that all of them can be dropped at once. */
export function actorChannel(actorType: string, actorId: string): string {
  return `chat_actor:${actorType}:${actorId}`
}
