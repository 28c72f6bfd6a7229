import { Modules } from "@medusajs/framework/utils"
import { infrastructureFeatureFlags, infrastructureModules } from "../infrastructure"

type LoadedConfig = {
  modules: Record<string, { resolve?: string; options?: Record<string, unknown> }>
  featureFlags: Record<string, unknown>
}

/** Loads medusa-config.ts afresh under the given environment, as Medusa would. */
function loadConfig(env: Record<string, string | undefined>): LoadedConfig {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  Object.keys(env).forEach((key) => env[key] === undefined && delete process.env[key])
  try {
    let config: LoadedConfig | undefined
    jest.isolateModules(() => {
      config = require("../../../medusa-config")
    })
    return config as LoadedConfig
  } finally {
    process.env = saved
  }
}

describe("infrastructure modules", () => {
  it("uses Medusa's in-memory defaults when REDIS_URL is not set", () => {
    expect(infrastructureModules({})).toEqual([])
    expect(infrastructureFeatureFlags({})).toEqual({})

    const config = loadConfig({ REDIS_URL: undefined })
    expect(config.modules[Modules.EVENT_BUS]).toEqual({ resolve: "@medusajs/medusa/event-bus-local" })
    expect(config.modules[Modules.WORKFLOW_ENGINE]).toEqual({
      resolve: "@medusajs/medusa/workflow-engine-inmemory",
    })
    expect(config.modules[Modules.LOCKING]).toEqual({ resolve: "@medusajs/medusa/locking" })
    expect(config.modules[Modules.CACHING]).toBeUndefined()
    expect(config.featureFlags).not.toHaveProperty("caching")
  })

  it("registers the Redis event bus, workflow engine, locking and caching with REDIS_URL", () => {
    const redisUrl = "redis://127.0.0.1:6379/3"
    const resolves = infrastructureModules({ REDIS_URL: redisUrl }).map((module) => module.resolve)
    expect(resolves).toEqual([
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/locking",
      "@medusajs/medusa/caching",
    ])

    const config = loadConfig({ REDIS_URL: redisUrl })
    expect(config.modules[Modules.EVENT_BUS]).toMatchObject({
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    })
    expect(config.modules[Modules.WORKFLOW_ENGINE]).toMatchObject({
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    })
    expect(config.modules[Modules.LOCKING]).toMatchObject({
      options: {
        providers: [expect.objectContaining({ resolve: "@medusajs/medusa/locking-redis", is_default: true })],
      },
    })
    expect(config.modules[Modules.CACHING]).toMatchObject({
      options: {
        providers: [expect.objectContaining({ resolve: "@medusajs/medusa/caching-redis", options: { redisUrl } })],
      },
    })
    expect(config.featureFlags).toMatchObject({ caching: true })
  })

  it("sends caching to CACHE_REDIS_URL when it is given", () => {
    const [, , , caching] = infrastructureModules({
      REDIS_URL: "redis://127.0.0.1:6379/1",
      CACHE_REDIS_URL: "redis://127.0.0.1:6379/2",
    })
    expect(caching.options).toMatchObject({
      providers: [expect.objectContaining({ options: { redisUrl: "redis://127.0.0.1:6379/2" } })],
    })
  })
})
