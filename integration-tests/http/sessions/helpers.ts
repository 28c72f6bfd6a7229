import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { generateResetPasswordTokenWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"
import { connectChat, eventually, type ChatClient } from "../chat/helpers"
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

export type SignedIn = { token: string; cookie: string; socket: WatchedSocket }

/**
 * Every session opened before the end is refused from now on: the bearer token and the cookie
 * answer 401 with a Korean message (the cookie's names the session and is destroyed), and the
 * chat socket heard the reason while still connected, then was dropped and cannot come back.
 */
export async function expectEnded(api: AxiosInstance, port: number, session: SignedIn, reason: string) {
  const bearer = await probeBody(api, { token: session.token })
  expect(bearer.status).toEqual(401)
  expect(JSON.stringify(bearer.body)).toMatch(/[가-힣]/)

  const cookie = await probeBody(api, { cookie: session.cookie })
  expect(cookie.status).toEqual(401)
  expect(JSON.stringify(cookie.body)).toMatch(/세션/)
  // Destroyed, not only refused once: the cookie names nothing any more.
  const again = await probeBody(api, { cookie: session.cookie })
  expect(again.status).toEqual(401)
  expect(JSON.stringify(again.body)).not.toMatch(/세션/)

  await eventually(() => session.socket.disconnected.length > 0, "the socket to be dropped")
  expect(session.socket.ended).toEqual([expect.objectContaining({ reason, connected: true })])
  expect(session.socket.ended[0].message).toMatch(/[가-힣]/)
  expect(session.socket.disconnected).toEqual(["io server disconnect"])
  await expect(connectChat(port, session.token)).rejects.toThrow("unauthorized")
}

/** A single-use reset token, as Medusa's `POST /auth/:actor_type/emailpass/reset-password` mails it. */
export async function resetToken(container: MedusaContainer, actorType: string, email: string): Promise<string> {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const { result } = await generateResetPasswordTokenWorkflow(container).run({
    input: { entityId: email, actorType, provider: "emailpass", secret: http.jwtSecret as string },
  })
  return result
}
