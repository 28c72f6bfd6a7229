/**
 * PortOne provider options and how they are read from the environment. medusa-config.ts uses
 * `portOneOptionsFromEnv`; `npm start` fills the same variables in demo mode.
 */
export type PortOneFlow = "keyed" | "v1_browser" | "v2_browser"

export type PortOneOptions = {
  v1?: { baseUrl: string; impKey: string; impSecret: string; pg?: string }
  v2?: { baseUrl: string; apiSecret: string; storeId?: string; channelKey?: string; webhookSecret?: string }
  /** Per request. PortOne recommends at least 60 s for reads: the PG behind it can be slow. */
  timeoutMs: number
  /** The flow of a session whose client did not choose one. */
  defaultFlow: PortOneFlow
  /** Running against the local PortOne test server (no real money moves). */
  demo: boolean
}

export const PORTONE_DEFAULT_V1_URL = "https://api.iamport.kr"
export const PORTONE_DEFAULT_V2_URL = "https://api.portone.io"

/** undefined when neither V1 keys nor a V2 secret are configured: the provider is then not registered. */
export function portOneOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PortOneOptions | undefined {
  const v1 =
    env.PORTONE_IMP_KEY && env.PORTONE_IMP_SECRET
      ? {
          baseUrl: env.PORTONE_V1_API_URL || PORTONE_DEFAULT_V1_URL,
          impKey: env.PORTONE_IMP_KEY,
          impSecret: env.PORTONE_IMP_SECRET,
          pg: env.PORTONE_PG || undefined,
        }
      : undefined
  const v2 = env.PORTONE_API_SECRET
    ? {
        baseUrl: env.PORTONE_V2_API_URL || PORTONE_DEFAULT_V2_URL,
        apiSecret: env.PORTONE_API_SECRET,
        storeId: env.PORTONE_STORE_ID || undefined,
        channelKey: env.PORTONE_CHANNEL_KEY || undefined,
        webhookSecret: env.PORTONE_WEBHOOK_SECRET || undefined,
      }
    : undefined
  if (!v1 && !v2) {
    return undefined
  }
  const flow = env.PORTONE_DEFAULT_FLOW
  return {
    v1,
    v2,
    timeoutMs: Number(env.PORTONE_TIMEOUT_MS) > 0 ? Number(env.PORTONE_TIMEOUT_MS) : 60_000,
    defaultFlow: flow === "keyed" || flow === "v1_browser" || flow === "v2_browser" ? flow : v1 ? "keyed" : "v2_browser",
    demo: env.PORTONE_DEMO === "true",
  }
}
