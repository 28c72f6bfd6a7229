import type { AxiosInstance } from "axios"
import { connectChat, type ChatClient } from "../chat/helpers"
import type { SessionEndedEvent } from "../../../src/modules/chat/realtime/protocol"

export const anyStatus = { validateStatus: () => true }

/** Establishes a cookie session through Medusa's `POST /auth/session`; returns the Cookie header. */
export async function cookieSession(api: AxiosInstance, token: string): Promise<string> {
  const response = await api.post("/auth/session", {}, { headers: { authorization: `Bearer ${token}` }, ...anyStatus })
  expect(response.status).toEqual(200)
  const setCookie = response.headers["set-cookie"] ?? []
  const cookie = setCookie.map((line) => line.split(";")[0]).find((pair) => pair.startsWith("connect.sid="))
  expect(cookie).toBeDefined()
  return cookie!
}

export type Credential = { token: string } | { cookie: string }

function headersFor(credential: Credential): Record<string, string> {
  return "token" in credential ? { authorization: `Bearer ${credential.token}` } : { cookie: credential.cookie }
}

/**
 * The status a signed-in route answers for a credential: `GET /api/v1/chat/rooms` accepts every
 * actor type (customer, seller, operator), by bearer token and by cookie session.
 */
export async function probe(api: AxiosInstance, credential: Credential): Promise<number> {
  const response = await api.get("/api/v1/chat/rooms", { headers: headersFor(credential), ...anyStatus })
  return response.status
}

export async function probeBody(api: AxiosInstance, credential: Credential) {
  const response = await api.get("/api/v1/chat/rooms", { headers: headersFor(credential), ...anyStatus })
  return { status: response.status, body: response.data }
}

/** A `session_ended` event, and whether the socket was still connected when it arrived. */
export type SeenSessionEnd = SessionEndedEvent & { connected: boolean }

/** A chat socket and what happens to it: `session_ended` events and the disconnect reason. */
export type WatchedSocket = { socket: ChatClient; ended: SeenSessionEnd[]; disconnected: string[] }

export async function watchSocket(port: number, token: string): Promise<WatchedSocket> {
  const socket = await connectChat(port, token)
  const watched: WatchedSocket = { socket, ended: [], disconnected: [] }
  socket.on("session_ended", (event) => {
    // The reason must arrive while the socket is still connected.
    watched.ended.push({ ...event, connected: socket.connected })
  })
  socket.on("disconnect", (reason) => watched.disconnected.push(reason))
  return watched
}
