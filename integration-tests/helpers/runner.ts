import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import crypto from "node:crypto"
import { Client } from "pg"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

export type GopangRunnerOptions = RunnerOptions & {
  /**
   * The database the spec starts from: "migrated" (empty tables) or "seeded" (the demo
   * marketplace without logins or PortOne; the spec's own `seedMarketplace` call adds those and
   * returns the ids). `npm test` prepares both as template databases once per run
   * (scripts/lib/test-databases.js); without them (Jest started directly) the runner migrates
   * from scratch as usual and the spec's seed does the rest.
   */
  database: "migrated" | "seeded"
}

const TEMPLATE_ENV = { migrated: "GOPANG_TEST_DB_MIGRATED", seeded: "GOPANG_TEST_DB_SEEDED" } as const

function adminUrl(): string {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || "5432"}/postgres`
}

/** Copies the template into `database`, which Medusa's runner then finds migrated. */
async function copyTemplate(template: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`)
        return
      } catch (error) {
        // Two workers copying one template at the same instant: PostgreSQL lets one at a time.
        const busy = (error as { code?: string }).code === "55006"
        if (!busy || attempt >= 50) {
          throw error
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
  } finally {
    await client.end()
  }
}

/**
 * Medusa's integration runner, started from one of `npm test`'s template databases instead of
 * an empty one: the spec skips the migrations (and the seed's inserts), nothing else changes.
 */
export function gopangIntegrationTestRunner({ database, ...options }: GopangRunnerOptions): void {
  const template = process.env[TEMPLATE_ENV[database]]
  const dbName = `gopang_spec_${crypto.randomBytes(5).toString("hex")}_${process.env.JEST_WORKER_ID || "1"}`
  if (template) {
    beforeAll(async () => {
      await copyTemplate(template, dbName)
    })
  }
  medusaIntegrationTestRunner({ inApp: true, ...options, dbName })
}
