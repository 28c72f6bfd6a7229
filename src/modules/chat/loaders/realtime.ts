import { container as appContainer } from "@medusajs/framework"
import { asValue } from "@medusajs/framework/awilix"
import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import type { ChatModuleOptions } from "../config"
import { ChatRealtimeHolder } from "../realtime/holder"
import { startChatSocketServer } from "../realtime/server"

/** Registration key of the auth-guard module; modules reach each other through the container only. */
const AUTH_GUARD_KEY = "authGuard"
type TokenRevocationList = { isTokenRevoked(token: string): Promise<boolean> }

/**
 * Starts the chat socket.io server on its own port (Medusa does not expose its HTTP server) in
 * server and shared worker modes. Worker processes, migrations and scripts started while a server
 * holds the port run without it; REST keeps working either way.
 */
export default async function chatRealtimeLoader({
  container,
  options,
  logger,
  dataLoaderOnly,
}: LoaderOptions<ChatModuleOptions>): Promise<void> {
  const holder = new ChatRealtimeHolder()
  container.register("chatRealtime", asValue(holder))

  const realtime = options?.realtime
  const configModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  if (dataLoaderOnly || !realtime?.enabled || configModule.projectConfig.workerMode === "worker") {
    return
  }
  const log = logger ?? container.resolve(ContainerRegistrationKeys.LOGGER)
  const { http } = configModule.projectConfig
  const corsOrigins = [http.storeCors, http.adminCors, realtime.extraCors]
    .filter((origins): origins is string => !!origins)
    .flatMap((origins) => parseCorsOrigins(origins))

  try {
    const server = await startChatSocketServer({
      container: appContainer,
      logger: log,
      port: realtime.port,
      host: realtime.host,
      jwt: {
        secret: http.jwtSecret!,
        publicKey: http.jwtPublicKey,
        verifyOptions: http.jwtVerifyOptions ?? http.jwtOptions,
      },
      corsOrigins,
      redis: realtime.redisUrl ? { url: realtime.redisUrl, prefix: realtime.redisPrefix } : undefined,
      messagesPerSecond: realtime.messagesPerSecond,
      maxBodyLength: realtime.maxBodyLength,
      isTokenRevoked: async (token) =>
        appContainer.hasRegistration(AUTH_GUARD_KEY) &&
        appContainer.resolve<TokenRevocationList>(AUTH_GUARD_KEY).isTokenRevoked(token),
    })
    holder.set(server)
    log.info(`chat: socket.io listening on port ${server.port}${realtime.redisUrl ? " (Redis adapter)" : ""}`)
  } catch (error) {
    log.error(`chat: socket.io server not started on port ${realtime.port}: ${(error as Error).message}`)
  }
}
