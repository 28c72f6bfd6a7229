import type { AftersalesModuleOptions } from "./types"

/**
 * Request windows from the environment: AFTERSALES_CHANGE_OF_MIND_DAYS (default 7) and
 * AFTERSALES_DEFECT_DAYS (default 90, about three months).
 */
export function aftersalesOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): AftersalesModuleOptions {
  const read = (name: string) => (env[name] ? Number(env[name]) : undefined)
  return { change_of_mind_days: read("AFTERSALES_CHANGE_OF_MIND_DAYS"), defect_days: read("AFTERSALES_DEFECT_DAYS") }
}
