import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startChatSocketServer, type ChatSocketServer } from "../src/modules/chat/realtime/server"

/** Loopback only, no rate limit: the bench measures capacity, not the abuse guard. */
export async function startBenchServer(
  container: MedusaContainer,
  redis?: { url: string; prefix: string }
): Promise<ChatSocketServer> {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return startChatSocketServer({
    container,
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    port: 0,
    host: "127.0.0.1",
    jwt: { secret: config.projectConfig.http.jwtSecret! },
    corsOrigins: [],
    redis,
    messagesPerSecond: 1_000_000,
  })
}
