import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import ChatMessage from "./models/chat-message"
import ChatParticipant from "./models/chat-participant"
import ChatRoom from "./models/chat-room"
import type { ChatRealtimeHolder } from "./realtime/holder"
import {
  ADMIN_ROOM_KINDS,
  ChatActorType,
  ChatRoomStatus,
  ChatSenderType,
  type ChatActor,
  type ChatAttachment,
  type ChatMessageDTO,
  type ChatParticipantDTO,
  type ChatRoomDTO,
  type ChatRoomKind,
  type ChatRoomSummaryDTO,
  type ChatSubjectType,
} from "./types"

type InjectedDependencies = { chatRealtime: ChatRealtimeHolder }

export type CreateChatRoomInput = {
  kind: ChatRoomKind
  subject_type: ChatSubjectType | null
  subject_id: string | null
  open_key: string
  participants: ChatActor[]
}

export type AppendChatMessageInput = {
  room_id: string
  body: string
  attachment?: ChatAttachment | null
} & (
  | { sender_type: ChatActorType; sender_id: string }
  | { sender_type: typeof ChatSenderType.SYSTEM; sender_id: null }
)

export type ChatMessagePageInput = { after_seq?: number; before_seq?: number; limit: number }
export type ChatRoomListInput = { status?: ChatRoomStatus; limit: number; offset: number }

type RoomRow = Omit<ChatRoomDTO, "participants">
type MessageRow = ChatMessageDTO
type SummaryRow = RoomRow & {
  total: string
  last_read_seq: number
  m_id: string | null
  m_seq: number | null
  m_sender_type: ChatSenderType | null
  m_sender_id: string | null
  m_body: string | null
  m_attachment: ChatAttachment | null
  m_created_at: Date | null
}

const ROOM_COLUMNS =
  "r.id, r.kind, r.status, r.subject_type, r.subject_id, r.last_seq, r.last_message_at, r.closed_at, r.created_at"
const MESSAGE_COLUMNS = "id, room_id, seq, sender_type, sender_id, body, attachment, created_at"

/** Customers and sellers are members by participant row; admins staff every admin-side room. */
export function isChatRoomMember(room: Pick<ChatRoomDTO, "kind">, participants: ChatActor[], actor: ChatActor): boolean {
  if (actor.actor_type === ChatActorType.USER && ADMIN_ROOM_KINDS.includes(room.kind)) {
    return true
  }
  return participants.some((p) => p.actor_type === actor.actor_type && p.actor_id === actor.actor_id)
}

function notFound(roomId: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `상담방을 찾을 수 없습니다: ${roomId}`)
}

export default class ChatModuleService extends MedusaService({ ChatRoom, ChatParticipant, ChatMessage }) {
  protected readonly realtime_: ChatRealtimeHolder

  constructor(dependencies: InjectedDependencies, ...rest: unknown[]) {
    super(dependencies, ...rest)
    this.realtime_ = dependencies.chatRealtime
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.realtime_.close()
    },
  }

  /** The socket.io server of this process, if it runs here (not in worker mode, not for scripts). */
  realtime(): ChatRealtimeHolder {
    return this.realtime_
  }

  @InjectManager()
  async findOpenRoomByKey(openKey: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const rows = await sharedContext.manager!.execute<RoomRow[]>(
      `SELECT ${ROOM_COLUMNS} FROM chat_room r
        WHERE r.open_key = ? AND r.status = 'open' AND r.deleted_at IS NULL LIMIT 1`,
      [openKey]
    )
    return rows[0] ?? null
  }

  /** Creates a room with its participants in one transaction; returns null if an equal open room won a race. */
  @InjectTransactionManager()
  async createRoomWithParticipants(
    input: CreateChatRoomInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<RoomRow | null> {
    const manager = sharedContext.transactionManager!
    const rows = await manager.execute<RoomRow[]>(
      `INSERT INTO chat_room (id, kind, status, subject_type, subject_id, open_key, last_seq)
       VALUES (?, ?, 'open', ?, ?, ?, 0)
       ON CONFLICT (open_key) WHERE status = 'open' AND deleted_at IS NULL DO NOTHING
       RETURNING id, kind, status, subject_type, subject_id, last_seq, last_message_at, closed_at, created_at`,
      [generateEntityId(undefined, "chroom"), input.kind, input.subject_type, input.subject_id, input.open_key]
    )
    const room = rows[0]
    if (!room) {
      return null
    }
    for (const participant of input.participants) {
      await manager.execute(
        `INSERT INTO chat_participant (id, room_id, actor_type, actor_id, last_read_seq) VALUES (?, ?, ?, ?, 0)`,
        [generateEntityId(undefined, "chpart"), room.id, participant.actor_type, participant.actor_id]
      )
    }
    return room
  }

  /** The room if `actor` may see it; not found and not yours are the same answer. */
  @InjectManager()
  async retrieveRoomForActor(
    roomId: string,
    actor: ChatActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ChatRoomDTO & { participants: ChatParticipantDTO[] }> {
    const manager = sharedContext.manager!
    const rooms = await manager.execute<RoomRow[]>(
      `SELECT ${ROOM_COLUMNS} FROM chat_room r WHERE r.id = ? AND r.deleted_at IS NULL`,
      [roomId]
    )
    const room = rooms[0]
    if (!room) {
      throw notFound(roomId)
    }
    const participants = await manager.execute<ChatParticipantDTO[]>(
      `SELECT id, room_id, actor_type, actor_id, last_read_seq FROM chat_participant
        WHERE room_id = ? AND deleted_at IS NULL ORDER BY created_at, id`,
      [roomId]
    )
    if (!isChatRoomMember(room, participants, actor)) {
      throw notFound(roomId)
    }
    return { ...room, participants }
  }

  /**
   * Persists a message with the room's next sequence, in one transaction: the room's row lock
   * (FOR UPDATE) queues concurrent senders, so sequences stay unique and gap-free, and a failed
   * insert rolls the counter back. An actor sender must be a member (else the same 404 as a missing
   * room); system notices are not checked.
   */
  @InjectTransactionManager()
  async appendMessage(
    input: AppendChatMessageInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ChatMessageDTO> {
    const manager = sharedContext.transactionManager!
    const rooms = await manager.execute<Pick<ChatRoomDTO, "kind" | "status">[]>(
      `SELECT kind, status FROM chat_room WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.room_id]
    )
    const room = rooms[0]
    if (!room) {
      throw notFound(input.room_id)
    }
    if (input.sender_type !== ChatSenderType.SYSTEM) {
      const sender: ChatActor = { actor_type: input.sender_type, actor_id: input.sender_id ?? "" }
      const membership = await manager.execute<ChatActor[]>(
        `SELECT actor_type, actor_id FROM chat_participant
          WHERE room_id = ? AND actor_type = ? AND actor_id = ? AND deleted_at IS NULL`,
        [input.room_id, sender.actor_type, sender.actor_id]
      )
      if (!isChatRoomMember(room, membership, sender)) {
        throw notFound(input.room_id)
      }
    }
    if (room.status !== ChatRoomStatus.OPEN) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `종료된 상담방입니다: ${input.room_id}`)
    }
    const bumped = await manager.execute<{ last_seq: number }[]>(
      `UPDATE chat_room SET last_seq = last_seq + 1, last_message_at = now(), updated_at = now()
        WHERE id = ? RETURNING last_seq`,
      [input.room_id]
    )
    const seq = bumped[0].last_seq
    const inserted = await manager.execute<MessageRow[]>(
      `INSERT INTO chat_message (id, room_id, seq, sender_type, sender_id, body, attachment)
       VALUES (?, ?, ?, ?, ?, ?, ?::jsonb) RETURNING ${MESSAGE_COLUMNS}`,
      [
        generateEntityId(undefined, "chmsg"),
        input.room_id,
        seq,
        input.sender_type,
        input.sender_id,
        input.body,
        input.attachment ? JSON.stringify(input.attachment) : null,
      ]
    )
    if (input.sender_type !== ChatSenderType.SYSTEM && input.sender_id) {
      // Whoever writes has read everything up to their own message.
      await this.upsertReadSeq_(manager, input.room_id, { actor_type: input.sender_type, actor_id: input.sender_id }, seq)
    }
    return inserted[0]
  }

  /**
   * Compensation for appendMessage. Removing the room's last message rewinds the counter; a
   * message that others have already followed is kept, because deleting it would leave a gap
   * that every client resuming by sequence would wait for.
   */
  @InjectTransactionManager()
  async retractMessage(
    message: Pick<ChatMessageDTO, "id" | "room_id" | "seq">,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager!
    const rewound = await manager.execute<{ id: string }[]>(
      `UPDATE chat_room SET last_seq = last_seq - 1, updated_at = now()
        WHERE id = ? AND last_seq = ? RETURNING id`,
      [message.room_id, message.seq]
    )
    if (!rewound[0]) {
      return false
    }
    await manager.execute(`DELETE FROM chat_message WHERE id = ?`, [message.id])
    await manager.execute(
      `UPDATE chat_participant SET last_read_seq = LEAST(last_read_seq, ?) WHERE room_id = ?`,
      [message.seq - 1, message.room_id]
    )
    return true
  }

  /** Moves the actor's read mark forward (never back, never past the last message). */
  @InjectTransactionManager()
  async markRead(
    roomId: string,
    actor: ChatActor,
    seq: number | undefined,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ previous: number; current: number }> {
    const manager = sharedContext.transactionManager!
    const rooms = await manager.execute<{ last_seq: number }[]>(`SELECT last_seq FROM chat_room WHERE id = ?`, [roomId])
    const lastSeq = rooms[0]?.last_seq ?? 0
    const target = Math.min(seq ?? lastSeq, lastSeq)
    const previousRows = await manager.execute<{ last_read_seq: number }[]>(
      `SELECT last_read_seq FROM chat_participant
        WHERE room_id = ? AND actor_type = ? AND actor_id = ? AND deleted_at IS NULL FOR UPDATE`,
      [roomId, actor.actor_type, actor.actor_id]
    )
    const previous = previousRows[0]?.last_read_seq ?? 0
    const current = await this.upsertReadSeq_(manager, roomId, actor, target)
    return { previous, current }
  }

  /** Compensation for markRead: puts the read mark back exactly. */
  @InjectTransactionManager()
  async restoreReadSeq(
    roomId: string,
    actor: ChatActor,
    seq: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await sharedContext.transactionManager!.execute(
      `UPDATE chat_participant SET last_read_seq = ?, updated_at = now()
        WHERE room_id = ? AND actor_type = ? AND actor_id = ? AND deleted_at IS NULL`,
      [seq, roomId, actor.actor_type, actor.actor_id]
    )
  }

  @InjectTransactionManager()
  async setRoomStatus(
    roomId: string,
    status: ChatRoomStatus,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<RoomRow> {
    const rows = await sharedContext.transactionManager!.execute<RoomRow[]>(
      `UPDATE chat_room r SET status = ?, closed_at = ${status === ChatRoomStatus.CLOSED ? "now()" : "NULL"},
              updated_at = now()
        WHERE r.id = ? AND r.deleted_at IS NULL RETURNING ${ROOM_COLUMNS}`,
      [status, roomId]
    )
    if (!rows[0]) {
      throw notFound(roomId)
    }
    return rows[0]
  }

  /** History in ascending sequence: after `after_seq`, or the newest page before `before_seq`. */
  @InjectManager()
  async listMessagePage(
    roomId: string,
    page: ChatMessagePageInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ messages: ChatMessageDTO[]; has_more: boolean }> {
    const manager = sharedContext.manager!
    const take = page.limit + 1
    let rows: MessageRow[]
    if (page.after_seq !== undefined || page.before_seq === undefined) {
      rows = await manager.execute<MessageRow[]>(
        `SELECT ${MESSAGE_COLUMNS} FROM chat_message
          WHERE room_id = ? AND seq > ? ${page.before_seq !== undefined ? "AND seq < ?" : ""} AND deleted_at IS NULL
          ORDER BY seq ASC LIMIT ?`,
        [roomId, page.after_seq ?? 0, ...(page.before_seq !== undefined ? [page.before_seq] : []), take]
      )
    } else {
      rows = await manager.execute<MessageRow[]>(
        `SELECT ${MESSAGE_COLUMNS} FROM chat_message
          WHERE room_id = ? AND seq < ? AND deleted_at IS NULL ORDER BY seq DESC LIMIT ?`,
        [roomId, page.before_seq, take]
      )
      rows.reverse()
      if (rows.length === take) {
        rows.shift()
        return { messages: rows, has_more: true }
      }
      return { messages: rows, has_more: false }
    }
    const has_more = rows.length === take
    return { messages: has_more ? rows.slice(0, page.limit) : rows, has_more }
  }

  /** The actor's rooms, newest activity first, with unread counts and the last message. */
  @InjectManager()
  async listRoomSummaries(
    actor: ChatActor,
    input: ChatRoomListInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ rooms: ChatRoomSummaryDTO[]; count: number }> {
    const isAdmin = actor.actor_type === ChatActorType.USER
    const rows = await sharedContext.manager!.execute<SummaryRow[]>(
      `SELECT ${ROOM_COLUMNS}, count(*) OVER () AS total,
              COALESCE(p.last_read_seq, 0) AS last_read_seq,
              m.id AS m_id, m.seq AS m_seq, m.sender_type AS m_sender_type, m.sender_id AS m_sender_id,
              m.body AS m_body, m.attachment AS m_attachment, m.created_at AS m_created_at
         FROM chat_room r
         LEFT JOIN chat_participant p
           ON p.room_id = r.id AND p.actor_type = ? AND p.actor_id = ? AND p.deleted_at IS NULL
         LEFT JOIN chat_message m ON m.room_id = r.id AND m.seq = r.last_seq AND m.deleted_at IS NULL
        WHERE r.deleted_at IS NULL
          AND (p.id IS NOT NULL ${isAdmin ? "OR r.kind IN (?, ?)" : ""})
          ${input.status ? "AND r.status = ?" : ""}
        ORDER BY COALESCE(r.last_message_at, r.created_at) DESC, r.id DESC
        LIMIT ? OFFSET ?`,
      [
        actor.actor_type,
        actor.actor_id,
        ...(isAdmin ? ADMIN_ROOM_KINDS : []),
        ...(input.status ? [input.status] : []),
        input.limit,
        input.offset,
      ]
    )
    const rooms = rows.map((row): ChatRoomSummaryDTO => ({
      id: row.id,
      kind: row.kind,
      status: row.status,
      subject_type: row.subject_type,
      subject_id: row.subject_id,
      last_seq: row.last_seq,
      last_message_at: row.last_message_at,
      closed_at: row.closed_at,
      created_at: row.created_at,
      last_read_seq: row.last_read_seq,
      unread_count: Math.max(row.last_seq - row.last_read_seq, 0),
      last_message: row.m_id
        ? {
            id: row.m_id,
            room_id: row.id,
            seq: row.m_seq!,
            sender_type: row.m_sender_type!,
            sender_id: row.m_sender_id,
            body: row.m_body!,
            attachment: row.m_attachment,
            created_at: row.m_created_at!,
          }
        : null,
    }))
    // An offset past the end returns no rows and so no window count; fall back to a count query.
    const count = rows[0] ? Number(rows[0].total) : input.offset > 0 ? await this.countRooms_(sharedContext.manager!, actor, input) : 0
    return { rooms, count }
  }

  private async countRooms_(manager: EntityManager, actor: ChatActor, input: ChatRoomListInput): Promise<number> {
    const isAdmin = actor.actor_type === ChatActorType.USER
    const rows = await manager.execute<{ count: string }[]>(
      `SELECT count(*) AS count FROM chat_room r
         LEFT JOIN chat_participant p
           ON p.room_id = r.id AND p.actor_type = ? AND p.actor_id = ? AND p.deleted_at IS NULL
        WHERE r.deleted_at IS NULL AND (p.id IS NOT NULL ${isAdmin ? "OR r.kind IN (?, ?)" : ""})
          ${input.status ? "AND r.status = ?" : ""}`,
      [actor.actor_type, actor.actor_id, ...(isAdmin ? ADMIN_ROOM_KINDS : []), ...(input.status ? [input.status] : [])]
    )
    return Number(rows[0]?.count ?? 0)
  }

  private async upsertReadSeq_(manager: EntityManager, roomId: string, actor: ChatActor, seq: number): Promise<number> {
    // Admin read state appears lazily: an admin becomes a participant row when first reading or writing.
    const rows = await manager.execute<{ last_read_seq: number }[]>(
      `INSERT INTO chat_participant (id, room_id, actor_type, actor_id, last_read_seq) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (room_id, actor_type, actor_id) WHERE deleted_at IS NULL
       DO UPDATE SET last_read_seq = GREATEST(chat_participant.last_read_seq, EXCLUDED.last_read_seq), updated_at = now()
       RETURNING last_read_seq`,
      [generateEntityId(undefined, "chpart"), roomId, actor.actor_type, actor.actor_id, seq]
    )
    return rows[0].last_read_seq
  }
}
