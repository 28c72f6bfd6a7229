import { z } from "@medusajs/framework/zod"
import { CHAT_MESSAGE_MAX_LENGTH } from "./types"

export type ChatRealtimeOptions = {
  /** false: no socket.io server in this process (REST still works). */
  enabled: boolean
  /** 0 picks a free port (tests); the chosen one is on the service's `realtime().port`. */
  port: number
  host?: string
  /** With a URL, the socket.io Redis adapter fans messages out across processes. */
  redisUrl?: string
  redisPrefix: string
  /** Origins besides Medusa's store and admin CORS (e.g. the seller panel). */
  extraCors?: string
  messagesPerSecond: number
  maxBodyLength: number
}

export type ChatModuleOptions = { realtime: ChatRealtimeOptions }

const envSchema = z.object({
  CHAT_REALTIME: z.enum(["true", "false"]).default("true"),
  CHAT_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  CHAT_HOST: z.string().min(1).optional(),
  CHAT_REDIS_URL: z.string().min(1).optional(),
  REDIS_URL: z.string().min(1).optional(),
  CHAT_REDIS_PREFIX: z.string().min(1).default("gopang:chat"),
  CHAT_CORS: z.string().min(1).optional(),
  CHAT_RATE_LIMIT: z.coerce.number().int().positive().default(5),
})

/**
 * The chat module's options from the environment, for medusa-config.ts. Under NODE_ENV=test the
 * port defaults to 0 (any free one), so apps booted by test runners never fight over 9001.
 */
export function chatModuleOptions(env: NodeJS.ProcessEnv = process.env): ChatModuleOptions {
  const parsed = envSchema.parse(env)
  return {
    realtime: {
      enabled: parsed.CHAT_REALTIME === "true",
      port: parsed.CHAT_PORT ?? (env.NODE_ENV === "test" ? 0 : 9001),
      host: parsed.CHAT_HOST,
      redisUrl: parsed.CHAT_REDIS_URL ?? parsed.REDIS_URL,
      redisPrefix: parsed.CHAT_REDIS_PREFIX,
      extraCors: parsed.CHAT_CORS,
      messagesPerSecond: parsed.CHAT_RATE_LIMIT,
      maxBodyLength: CHAT_MESSAGE_MAX_LENGTH,
    },
  }
}
