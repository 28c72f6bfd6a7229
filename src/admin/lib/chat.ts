import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { io, type Socket } from "socket.io-client"
import { sdk } from "./sdk"

/** The chat server's socket.io contract, as the dashboard uses it (src/modules/chat/realtime/protocol.ts). */
export type ChatActorType = "customer" | "seller" | "user"

export type ChatMessage = {
  id: string
  room_id: string
  seq: number
  sender_type: ChatActorType | "system"
  sender_id: string | null
  body: string
  attachment: { file_id: string; url: string } | null
  created_at: string
}

export type ChatCounterpart = { actor_type: ChatActorType; actor_id: string; name: string | null; email: string | null }

export type AdminChatRoom = {
  id: string
  kind: "customer_seller" | "seller_admin" | "customer_admin"
  status: "open" | "closed"
  subject_type: "product" | "order" | null
  subject_id: string | null
  last_seq: number
  last_message_at: string | null
  created_at: string
  unread_count: number
  last_read_seq: number
  last_message: ChatMessage | null
  counterparts: ChatCounterpart[]
}

type ChatError = { code: string; message: string }
type Ack<T> = ({ ok: true } & T) | { ok: false; error: ChatError }
type JoinAck = Ack<{ messages: ChatMessage[]; has_more: boolean }>

interface ServerToClientEvents {
  message: (message: ChatMessage) => void
  room_closed: (event: { room_id: string; message: ChatMessage }) => void
  chat_error: (error: ChatError) => void
}
interface ClientToServerEvents {
  join: (payload: { room_id: string; after_seq?: number }, ack: (response: JoinAck) => void) => void
  leave: (payload: { room_id: string }, ack: (response: Ack<Record<string, never>>) => void) => void
  send: (payload: { room_id: string; body: string }, ack: (response: Ack<{ message: ChatMessage }>) => void) => void
  read: (payload: { room_id: string; seq?: number }, ack: (response: Ack<{ last_read_seq: number }>) => void) => void
}

export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>

const chatKeys = {
  all: ["gopang", "chat"] as const,
  rooms: (status?: string) => [...chatKeys.all, "rooms", status ?? "all"] as const,
}

export function useAdminChatRooms(status?: "open" | "closed") {
  return useQuery({
    queryKey: chatKeys.rooms(status),
    queryFn: () =>
      sdk.client.fetch<{ rooms: AdminChatRoom[]; count: number }>("/admin/chat/rooms", {
        query: { limit: 100, ...(status ? { status } : {}) },
      }),
    placeholderData: keepPreviousData,
    // Rooms this operator has not joined get no socket events: poll for their unread counts.
    refetchInterval: 15_000,
  })
}

export function useInvalidateChatRooms() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: chatKeys.all })
}

export function useOpenAdminChatRoom() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (counterpart: { seller_id: string } | { customer_id: string }) =>
      sdk.client.fetch<{ room: { id: string }; created: boolean }>("/admin/chat/rooms", {
        method: "POST",
        body: counterpart,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chatKeys.all }),
  })
}

/** Sellers and customers to open a room with, found by name or e-mail. */
export function useChatCounterpartSearch(kind: "seller" | "customer", q: string) {
  return useQuery({
    queryKey: [...chatKeys.all, "counterparts", kind, q],
    queryFn: async (): Promise<{ id: string; label: string }[]> => {
      if (kind === "seller") {
        const { sellers } = await sdk.client.fetch<{ sellers: { id: string; name: string; email: string }[] }>(
          "/admin/sellers",
          { query: { limit: 20, ...(q ? { q } : {}) } }
        )
        return sellers.map((s) => ({ id: s.id, label: `${s.name} (${s.email})` }))
      }
      const { customers } = await sdk.admin.customer.list({ limit: 20, ...(q ? { q } : {}) })
      return customers.map((c) => ({
        id: c.id,
        label: `${[c.last_name, c.first_name].filter(Boolean).join("") || "-"} (${c.email})`,
      }))
    },
    placeholderData: keepPreviousData,
  })
}

export type ChatConnection = { socket: ChatSocket | null; state: "connecting" | "connected" | "unavailable"; error?: string }

/**
 * One socket.io connection to the chat server for the page's lifetime. It listens on its own port
 * on this host (GET /admin/chat/realtime) and authenticates with a JWT that Medusa issues for the
 * operator's session (POST /auth/token/refresh).
 */
export function useChatSocket(): ChatConnection {
  const [connection, setConnection] = useState<ChatConnection>({ socket: null, state: "connecting" })

  useEffect(() => {
    let socket: ChatSocket | null = null
    let cancelled = false
    const start = async () => {
      const { port } = await sdk.client.fetch<{ port: number | null }>("/admin/chat/realtime")
      if (port === null) {
        throw new Error("The chat server is not running in this process.")
      }
      const { token } = await sdk.client.fetch<{ token: string }>("/auth/token/refresh", { method: "POST" })
      if (cancelled) {
        return
      }
      const url = `${window.location.protocol}//${window.location.hostname}:${port}`
      socket = io(url, { auth: { token }, transports: ["websocket"] })
      socket.on("connect", () => setConnection({ socket, state: "connected" }))
      socket.on("connect_error", (error) => setConnection({ socket, state: "unavailable", error: error.message }))
      socket.on("disconnect", () => setConnection({ socket, state: "connecting" }))
      socket.on("chat_error", (error) => setConnection({ socket, state: "unavailable", error: error.message }))
    }
    start().catch((error: unknown) => {
      if (!cancelled) {
        setConnection({ socket: null, state: "unavailable", error: error instanceof Error ? error.message : String(error) })
      }
    })
    return () => {
      cancelled = true
      socket?.disconnect()
    }
  }, [])

  return connection
}

function emitWithAck<T>(run: (ack: (response: Ack<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    run((response) => (response.ok ? resolve(response) : reject(new Error(response.error.message))))
  })
}

/** Joins a room, loads its whole history (500 per batch) and follows new messages live. */
export function useChatConversation(socket: ChatSocket | null, roomId: string | null) {
  const [messages, setMessages] = useState<ChatMessage[]>([])
  const [error, setError] = useState<string | null>(null)
  const invalidateRooms = useInvalidateChatRooms()

  useEffect(() => {
    setMessages([])
    setError(null)
    if (!socket || !roomId) {
      return
    }
    let active = true
    // Sequences are unique and gap-free per room: merge by seq, so a message seen twice shows once.
    const merge = (incoming: ChatMessage[]) =>
      setMessages((current) => {
        const bySeq = new Map(current.map((m) => [m.seq, m]))
        incoming.filter((m) => m.room_id === roomId).forEach((m) => bySeq.set(m.seq, m))
        return [...bySeq.values()].sort((a, b) => a.seq - b.seq)
      })
    const markRead = (seq: number) =>
      emitWithAck<{ last_read_seq: number }>((ack) => socket.emit("read", { room_id: roomId, seq }, ack))
        .then(() => invalidateRooms())
        .catch(() => undefined)
    const onMessage = (message: ChatMessage) => {
      if (message.room_id !== roomId) {
        return
      }
      merge([message])
      markRead(message.seq)
    }
    const onClosed = (event: { room_id: string; message: ChatMessage }) => {
      if (event.room_id === roomId) {
        merge([event.message])
        invalidateRooms()
      }
    }
    const load = async () => {
      let afterSeq = 0
      for (;;) {
        const joined = await emitWithAck<{ messages: ChatMessage[]; has_more: boolean }>((ack) =>
          socket.emit("join", { room_id: roomId, after_seq: afterSeq }, ack)
        )
        if (!active) {
          return
        }
        merge(joined.messages)
        const last = joined.messages[joined.messages.length - 1]
        if (last) {
          afterSeq = last.seq
        }
        if (!joined.has_more) {
          break
        }
      }
      if (afterSeq > 0) {
        await markRead(afterSeq)
      }
    }
    const onError = (e: unknown) => active && setError(e instanceof Error ? e.message : String(e))
    // A reconnect loses the room membership: join again (merging by seq drops what we had).
    const onReconnect = () => load().catch(onError)
    socket.on("message", onMessage)
    socket.on("room_closed", onClosed)
    socket.on("connect", onReconnect)
    load().catch(onError)
    return () => {
      active = false
      socket.off("message", onMessage)
      socket.off("room_closed", onClosed)
      socket.off("connect", onReconnect)
      socket.emit("leave", { room_id: roomId }, () => undefined)
    }
  }, [socket, roomId])

  const send = async (body: string) => {
    if (!socket || !roomId) {
      throw new Error("Not connected")
    }
    const { message } = await emitWithAck<{ message: ChatMessage }>((ack) =>
      socket.emit("send", { room_id: roomId, body }, ack)
    )
    setMessages((current) =>
      current.some((m) => m.seq === message.seq) ? current : [...current, message].sort((a, b) => a.seq - b.seq)
    )
    invalidateRooms()
    return message
  }

  return { messages, error, send }
}
