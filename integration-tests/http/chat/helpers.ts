import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { io as connectClient, type Socket } from "socket.io-client"
import type {
  ClientToServerEvents,
  ServerToClientEvents,
} from "../../../src/modules/chat/realtime/protocol"

export type ChatClient = Socket<ServerToClientEvents, ClientToServerEvents>

/** Connects a socket.io client; rejects with the server's refusal (e.g. "unauthorized"). */
export function connectChat(port: number, token: string | undefined): Promise<ChatClient> {
  const socket: ChatClient = connectClient(`http://127.0.0.1:${port}`, {
    auth: token === undefined ? {} : { token },
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
  })
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket))
    socket.once("connect_error", (error) => {
      socket.close()
      reject(error)
    })
  })
}

/** Collects every event of one kind a client receives, in arrival order. */
export function record<E extends keyof ServerToClientEvents>(
  socket: ChatClient,
  event: E
): Parameters<ServerToClientEvents[E]>[0][] {
  const seen: Parameters<ServerToClientEvents[E]>[0][] = []
  const listener = ((payload: Parameters<ServerToClientEvents[E]>[0]) => {
    seen.push(payload)
  }) as ServerToClientEvents[E]
  socket.on(event, listener as never)
  return seen
}

/** Resolves once `check` holds, polling; fails the test with `what` after `ms`. */
export async function eventually(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function jwtSecret(container: MedusaContainer): string {
  return container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
}

/**
 * A token shaped like the ones Medusa issues (`actor_id`, `actor_type`, `auth_identity_id`,
 * `app_metadata`), for the seller actor whose module lands separately.
 */
export function mintToken(
  secret: string,
  claims: { actor_type: string; actor_id: string },
  expiresIn: number | string = "1d"
): string {
  return generateJwtToken(
    {
      actor_id: claims.actor_id,
      actor_type: claims.actor_type,
      auth_identity_id: `authid_${claims.actor_id || "none"}`,
      app_metadata: claims.actor_id ? { [`${claims.actor_type}_id`]: claims.actor_id } : {},
    },
    { secret, expiresIn: expiresIn as number }
  )
}

/** A real customer: registered through Medusa's auth routes and logged in again for an actor token. */
export async function registerCustomer(
  api: AxiosInstance,
  publishableKey: string,
  email: string
): Promise<{ id: string; token: string }> {
  const password = "chat-test-password-1"
  const registered = await api.post("/auth/customer/emailpass/register", { email, password })
  const created = await api.post(
    "/store/customers",
    { email, first_name: "고객", last_name: email.split("@")[0] },
    { headers: { authorization: `Bearer ${registered.data.token}`, "x-publishable-api-key": publishableKey } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return { id: created.data.customer.id, token: login.data.token }
}

export async function createPublishableKey(container: MedusaContainer): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const key = await apiKeys.createApiKeys({ title: "chat tests", type: "publishable", created_by: "chat-tests" })
  return key.token
}
