export type InfrastructureModule = { resolve: string; options: Record<string, unknown> }

/**
 * Infrastructure modules chosen from the environment.
 *
 * With REDIS_URL every process (server, worker, a second server) shares Medusa's own Redis
 * event bus, workflow engine, locking and caching. Without it Medusa falls back to its
 * in-memory defaults, which is right for one process on a laptop and nothing more.
 */
export function infrastructureModules(
  env: NodeJS.ProcessEnv = process.env
): InfrastructureModule[] {
  const redisUrl = env.REDIS_URL
  if (!redisUrl) {
    return []
  }

  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: {
        redisUrl,
        jobOptions: {
          removeOnComplete: { age: 3600, count: 1000 },
          removeOnFail: { age: 3600, count: 1000 },
        },
      },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl: env.CACHE_REDIS_URL || redisUrl },
          },
        ],
      },
    },
  ]
}

/** Medusa's caching module sits behind a feature flag; it is on exactly when Redis is. */
export function infrastructureFeatureFlags(
  env: NodeJS.ProcessEnv = process.env
): Record<string, boolean> {
  return env.REDIS_URL ? { caching: true } : {}
}
