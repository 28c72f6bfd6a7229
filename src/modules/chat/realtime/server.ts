import http from "node:http"
import type { AddressInfo } from "node:net"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { createAdapter } from "@socket.io/redis-adapter"
import Redis from "ioredis"
import { Server, type Socket } from "socket.io"
import { markChatRoomReadWorkflow } from "../../../workflows/chat/workflows/mark-chat-room-read"
import { ChatEvents } from "../../../workflows/chat/events"
import { CHAT_MODULE } from "../constants"
import type ChatModuleService from "../service"
import { resolveChatAttachment } from "./attachments"
import { CHAT_ACTOR_TYPES, CHAT_MESSAGE_MAX_LENGTH, type ChatActor, type ChatActorType } from "../types"
import {
  actorChannel,
  roomChannel,
  type Ack,
  type ChatError,
  type ChatErrorCode,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SessionEndedEvent,
} from "./protocol"

type SocketData = { actor: ChatActor; sends: SlidingWindow; typings: SlidingWindow }
type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>
type ChatIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>

export type ChatSocketServerOptions = {
  /** The application container: the chat service and the workflows resolve from it. */
  container: MedusaContainer
  logger: Logger
  port: number
  host?: string
  /** Medusa's `projectConfig.http` token settings; tokens are verified exactly like Medusa does. */
  jwt: {
    secret: Parameters<typeof getAuthContextFromJwtToken>[1]
    publicKey?: Parameters<typeof getAuthContextFromJwtToken>[4]
    verifyOptions?: Parameters<typeof getAuthContextFromJwtToken>[5]
  }
  corsOrigins: (string | RegExp)[]
  redis?: { url: string; prefix: string }
  messagesPerSecond?: number
  maxBodyLength?: number
  /** Logged-out tokens must not open sockets either (the auth-guard module's revocation list). */
  isTokenRevoked?: (token: string) => Promise<boolean>
}

/** Messages returned by one `join` with `after_seq`; a client that missed more joins again. */
const RESUME_BATCH = 500
/** Typing notices beyond this rate are dropped, not punished: keyboards are bursty. */
const TYPING_PER_SECOND = 10

/** Counts events in the last second: O(limit) memory per socket. */
class SlidingWindow {
  private readonly stamps: number[] = []

  constructor(private readonly limit: number, private readonly windowMs = 1000) {}

  /** Records an event; false when it is over the limit. */
  hit(now = Date.now()): boolean {
    while (this.stamps.length && now - this.stamps[0] >= this.windowMs) {
      this.stamps.shift()
    }
    if (this.stamps.length >= this.limit) {
      return false
    }
    this.stamps.push(now)
    return true
  }
}

const roomIdSchema = z.string().min(1).max(100)
const joinSchema = z.object({ room_id: roomIdSchema, after_seq: z.number().int().min(0).optional() }).strict()
const leaveSchema = z.object({ room_id: roomIdSchema }).strict()
const sendSchema = z
  .object({
    room_id: roomIdSchema,
    body: z.string().trim().min(1),
    attachment_file_id: z.string().min(1).max(500).optional(),
  })
  .strict()
const readSchema = z.object({ room_id: roomIdSchema, seq: z.number().int().min(0).optional() }).strict()
const typingSchema = z.object({ room_id: roomIdSchema, is_typing: z.boolean() }).strict()

const MEDUSA_ERROR_CODES: Record<string, ChatErrorCode> = {
  [MedusaError.Types.NOT_FOUND]: "not_found",
  [MedusaError.Types.NOT_ALLOWED]: "not_allowed",
  [MedusaError.Types.INVALID_DATA]: "invalid_data",
  [MedusaError.Types.UNAUTHORIZED]: "unauthorized",
}

class ChatSocketError extends Error {
  constructor(readonly code: ChatErrorCode, message: string) {
    super(message)
  }
}

/** A socket.io server for chat on its own port, beside Medusa's HTTP server. */
export class ChatSocketServer {
  constructor(
    readonly io: ChatIo,
    private readonly httpServer: http.Server,
    readonly port: number,
    private readonly redisClients: Redis[]
  ) {}

  /** Sends an event to every socket in a chat room, on every process sharing the Redis adapter. */
  emitToRoom<E extends keyof ServerToClientEvents>(
    roomId: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.io.to(roomChannel(roomId)).emit(event, ...args)
  }

  /**
   * Tells every open socket of the accounts why (`session_ended`) and drops them, on every process
   * sharing the Redis adapter. Both go out through the same Redis connection, in this order, so
   * a socket hears the reason before it is dropped.
   */
  endActorSessions(actors: { actor_type: string; actor_id: string }[], event: SessionEndedEvent): void {
    if (!actors.length) {
      return
    }
    const channels = actors.map((actor) => actorChannel(actor.actor_type, actor.actor_id))
    this.io.to(channels).emit("session_ended", event)
    this.io.in(channels).disconnectSockets(true)
  }

  async close(): Promise<void> {
    this.io.disconnectSockets(true)
    await new Promise<void>((resolve) => {
      this.io.close(() => resolve())
    })
    if (this.httpServer.listening) {
      await new Promise<void>((resolve) => this.httpServer.close(() => resolve()))
    }
    await Promise.all(this.redisClients.map((client) => client.quit().catch(() => undefined)))
  }
}

function toChatError(error: unknown, logger: Logger): ChatError {
  if (error instanceof ChatSocketError) {
    return { code: error.code, message: error.message }
  }
  if (error instanceof z.ZodError) {
    return { code: "invalid_data", message: error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") }
  }
  if (MedusaError.isMedusaError(error)) {
    const code = MEDUSA_ERROR_CODES[error.type]
    if (code) {
      return { code, message: error.message }
    }
  }
  logger.error(`chat: socket handler failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
  return { code: "internal", message: "An unexpected error occurred" }
}

function authenticateHandshake(token: unknown, options: ChatSocketServerOptions): { actor: ChatActor; exp?: number } {
  if (typeof token !== "string" || !token) {
    throw new ChatSocketError("unauthorized", "unauthorized")
  }
  const context = getAuthContextFromJwtToken(
    `Bearer ${token}`,
    options.jwt.secret,
    ["bearer"],
    CHAT_ACTOR_TYPES,
    options.jwt.publicKey,
    options.jwt.verifyOptions
  ) as (ReturnType<typeof getAuthContextFromJwtToken> & { exp?: number }) | null
  if (!context?.actor_id || !CHAT_ACTOR_TYPES.includes(context.actor_type as ChatActorType)) {
    throw new ChatSocketError("unauthorized", "unauthorized")
  }
  return { actor: { actor_type: context.actor_type as ChatActorType, actor_id: context.actor_id }, exp: context.exp }
}

function registerHandlers(io: ChatIo, socket: ChatSocket, options: ChatSocketServerOptions): void {
  const { container, logger } = options
  const maxBodyLength = options.maxBodyLength ?? CHAT_MESSAGE_MAX_LENGTH
  const actor = socket.data.actor
  const chat = (): ChatModuleService => container.resolve(CHAT_MODULE)

  /** Answers the offending request, says why on `chat_error`, then drops the socket. */
  const dropAbusive = (ack: unknown, error: ChatError): void => {
    logger.warn(`chat: dropping socket of ${actor.actor_type} ${actor.actor_id}: ${error.code}`)
    if (typeof ack === "function") {
      ;(ack as (response: Ack<never>) => void)({ ok: false, error })
    }
    socket.emit("chat_error", error)
    socket.disconnect(true)
  }

  /** Runs a handler and answers its acknowledgement with the result or a typed error. */
  const handle = <T extends object>(ack: unknown, run: () => Promise<T>): void => {
    const reply = typeof ack === "function" ? (ack as (response: Ack<T>) => void) : () => undefined
    run()
      .then((result) => reply({ ok: true, ...result }))
      .catch((error: unknown) => reply({ ok: false, error: toChatError(error, logger) }))
  }

  socket.on("join", (payload, ack) =>
    handle(ack, async () => {
      const input = joinSchema.parse(payload)
      const room = await chat().retrieveRoomForActor(input.room_id, actor)
      // Join first, then read: a message stored in between arrives twice (same seq), never zero times.
      await socket.join(roomChannel(room.id))
      const { participants: _participants, ...roomData } = room
      if (input.after_seq === undefined) {
        return { room: roomData, messages: [], has_more: false }
      }
      const page = await chat().listMessagePage(room.id, { after_seq: input.after_seq, limit: RESUME_BATCH })
      return { room: roomData, messages: page.messages, has_more: page.has_more }
    })
  )

  socket.on("leave", (payload, ack) =>
    handle(ack, async () => {
      const input = leaveSchema.parse(payload)
      await socket.leave(roomChannel(input.room_id))
      return {}
    })
  )

  socket.on("send", (payload, ack) => {
    if (!socket.data.sends.hit()) {
      return dropAbusive(ack, {
        code: "rate_limited",
        message: `메시지를 너무 빠르게 보내고 있습니다 (초당 ${options.messagesPerSecond ?? 5}개까지).`,
      })
    }
    const body = (payload as { body?: unknown } | undefined)?.body
    if (typeof body === "string" && body.length > maxBodyLength) {
      return dropAbusive(ack, {
        code: "message_too_long",
        message: `메시지는 ${maxBodyLength}자까지 보낼 수 있습니다.`,
      })
    }
    handle(ack, async () => {
      const input = sendSchema.parse(payload)
      const attachment = input.attachment_file_id
        ? await resolveChatAttachment(container, input.attachment_file_id)
        : null
      // One transaction (membership, sequence, insert, sender's read mark): nothing to compensate,
      // so no workflow. With the Redis workflow engine a workflow here cost 3× the throughput (README).
      const message = await chat().appendMessage({
        room_id: input.room_id,
        sender_type: actor.actor_type,
        sender_id: actor.actor_id,
        body: input.body,
        attachment,
      })
      // Persisted first; only now does anyone hear about it. The sender has it in the ack.
      socket.to(roomChannel(input.room_id)).emit("message", message)
      container
        .resolve(Modules.EVENT_BUS)
        .emit({ name: ChatEvents.MESSAGE_CREATED, data: { id: message.id, room_id: message.room_id } })
        .catch((error: Error) => logger.error(`chat: ${ChatEvents.MESSAGE_CREATED} not emitted: ${error.message}`))
      return { message }
    })
  })

  socket.on("read", (payload, ack) =>
    handle(ack, async () => {
      const input = readSchema.parse(payload)
      const { result } = await markChatRoomReadWorkflow(container).run({
        input: { room_id: input.room_id, actor, seq: input.seq },
      })
      io.to(roomChannel(input.room_id)).emit("read", { room_id: input.room_id, ...actor, last_read_seq: result.last_read_seq })
      return { last_read_seq: result.last_read_seq }
    })
  )

  socket.on("typing", (payload) => {
    const parsed = typingSchema.safeParse(payload)
    // Only sockets that joined (and so were checked as members) may signal typing.
    if (!parsed.success || !socket.rooms.has(roomChannel(parsed.data.room_id)) || !socket.data.typings.hit()) {
      return
    }
    socket.to(roomChannel(parsed.data.room_id)).emit("typing", { room_id: parsed.data.room_id, ...actor, is_typing: parsed.data.is_typing })
  })
}

/**
 * Puts the socket in its account's channel (where `endActorSessions` finds it), then checks its
 * token once more: sessions that end between the handshake's check and the join would otherwise
 * miss the broadcast. Joined first, checked second, so one of the two always catches it.
 */
async function enterActorChannel(socket: ChatSocket, options: ChatSocketServerOptions): Promise<void> {
  const { actor } = socket.data
  try {
    await socket.join(actorChannel(actor.actor_type, actor.actor_id))
    const token = socket.handshake.auth?.token as string
    if (options.isTokenRevoked && (await options.isTokenRevoked(token))) {
      socket.emit("chat_error", { code: "unauthorized", message: "로그아웃되었거나 만료된 인증 정보입니다." })
      socket.disconnect(true)
    }
  } catch (error) {
    options.logger.error(`chat: session check failed: ${error instanceof Error ? error.message : String(error)}`)
    socket.disconnect(true)
  }
}

/** Starts a chat socket.io server; the module loader calls this, and so do tests for a second process. */
export async function startChatSocketServer(options: ChatSocketServerOptions): Promise<ChatSocketServer> {
  const httpServer = http.createServer((req, res) => {
    // socket.io answers its own path; a bare health check helps load balancers.
    res.writeHead(req.url === "/health" ? 200 : 404).end(req.url === "/health" ? "OK" : undefined)
  })
  const io: ChatIo = new Server(httpServer, {
    cors: { origin: options.corsOrigins, credentials: true },
    serveClient: false,
    // Room for a 2,000-character message and its envelope; anything far larger is cut off by the engine.
    maxHttpBufferSize: 64 * 1024,
  })

  const redisClients: Redis[] = []
  if (options.redis) {
    const pub = new Redis(options.redis.url, { maxRetriesPerRequest: 3 })
    const sub = pub.duplicate()
    for (const client of [pub, sub]) {
      client.on("error", (error: Error) => options.logger.warn(`chat: redis adapter: ${error.message}`))
    }
    redisClients.push(pub, sub)
    io.adapter(createAdapter(pub, sub, { key: options.redis.prefix }))
  }

  const messagesPerSecond = options.messagesPerSecond ?? 5
  io.use(async (socket, next) => {
    try {
      const token: unknown = socket.handshake.auth?.token
      const { actor, exp } = authenticateHandshake(token, options)
      if (options.isTokenRevoked && (await options.isTokenRevoked(token as string))) {
        throw new ChatSocketError("unauthorized", "unauthorized")
      }
      socket.data.actor = actor
      socket.data.sends = new SlidingWindow(messagesPerSecond)
      socket.data.typings = new SlidingWindow(TYPING_PER_SECOND)
      if (exp) {
        // A token that expires while connected ends the connection, as it would end REST access.
        const timer = setTimeout(() => {
          socket.emit("chat_error", { code: "token_expired", message: "로그인이 만료되었습니다." })
          socket.disconnect(true)
        }, Math.min(exp * 1000 - Date.now(), 2 ** 31 - 1))
        timer.unref()
        socket.once("disconnect", () => clearTimeout(timer))
      }
      next()
    } catch (error) {
      if (!(error instanceof ChatSocketError)) {
        options.logger.error(`chat: handshake failed: ${error instanceof Error ? error.message : String(error)}`)
      }
      next(new Error("unauthorized"))
    }
  })
  io.on("connection", (socket) => {
    registerHandlers(io, socket, options)
    void enterActorChannel(socket, options)
  })

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject)
    httpServer.listen(options.port, options.host, () => {
      httpServer.off("error", reject)
      resolve()
    })
  }).catch(async (error: unknown) => {
    io.close()
    await Promise.all(redisClients.map((client) => client.quit().catch(() => undefined)))
    throw error
  })
  const port = (httpServer.address() as AddressInfo).port
  return new ChatSocketServer(io, httpServer, port, redisClients)
}
