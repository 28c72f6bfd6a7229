/** Closed sets of the chat domain, shared by models, workflows, routes and the socket server. */

export const ChatRoomKind = {
  CUSTOMER_SELLER: "customer_seller",
  SELLER_ADMIN: "seller_admin",
  CUSTOMER_ADMIN: "customer_admin",
} as const
export type ChatRoomKind = (typeof ChatRoomKind)[keyof typeof ChatRoomKind]

export const ChatRoomStatus = { OPEN: "open", CLOSED: "closed" } as const
export type ChatRoomStatus = (typeof ChatRoomStatus)[keyof typeof ChatRoomStatus]

export const ChatSubjectType = { PRODUCT: "product", ORDER: "order" } as const
export type ChatSubjectType = (typeof ChatSubjectType)[keyof typeof ChatSubjectType]

/** Medusa actor types that may chat. `user` is Medusa's admin actor. */
export const ChatActorType = { CUSTOMER: "customer", SELLER: "seller", USER: "user" } as const
export type ChatActorType = (typeof ChatActorType)[keyof typeof ChatActorType]
export const CHAT_ACTOR_TYPES: ChatActorType[] = Object.values(ChatActorType)

/** Senders are actors, or the platform itself for notices such as "room closed". */
export const ChatSenderType = { ...ChatActorType, SYSTEM: "system" } as const
export type ChatSenderType = (typeof ChatSenderType)[keyof typeof ChatSenderType]

export type ChatActor = { actor_type: ChatActorType; actor_id: string }

/** An image stored through Medusa's File Module; `url` is what the File Module answered for `file_id`. */
export type ChatAttachment = { file_id: string; url: string }

export const CHAT_ATTACHMENT_EXTENSIONS = ["png", "jpg", "jpeg", "gif", "webp"]

export const CHAT_MESSAGE_MAX_LENGTH = 2000

export type ChatMessageDTO = {
  id: string
  room_id: string
  seq: number
  sender_type: ChatSenderType
  sender_id: string | null
  body: string
  attachment: ChatAttachment | null
  created_at: Date | string
}

export type ChatParticipantDTO = {
  id: string
  room_id: string
  actor_type: ChatActorType
  actor_id: string
  last_read_seq: number
}

export type ChatRoomDTO = {
  id: string
  kind: ChatRoomKind
  status: ChatRoomStatus
  subject_type: ChatSubjectType | null
  subject_id: string | null
  last_seq: number
  last_message_at: Date | string | null
  closed_at: Date | string | null
  created_at: Date | string
  participants?: ChatParticipantDTO[]
}

export type ChatRoomSummaryDTO = ChatRoomDTO & {
  unread_count: number
  last_read_seq: number
  last_message: ChatMessageDTO | null
}

/** Admins (actor `user`) staff the admin side of these rooms as a team. */
export const ADMIN_ROOM_KINDS: ChatRoomKind[] = [ChatRoomKind.CUSTOMER_ADMIN, ChatRoomKind.SELLER_ADMIN]
