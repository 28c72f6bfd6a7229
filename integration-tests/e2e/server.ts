import { type ChildProcess, spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { Client } from "pg"

/**
 * A real Gopang server for browser tests: the built server and admin dashboard (`medusa build`,
 * reused while the sources are unchanged, like `npm start`), a fresh database migrated and
 * seeded with the demo marketplace, and `medusa start` on free HTTP and chat ports.
 */

const ROOT = path.resolve(__dirname, "..", "..")
// eslint-disable-next-line @typescript-eslint/no-require-imports
const buildTools = require(path.join(ROOT, "scripts", "lib", "build.js")) as {
  ensureBuild: (options: { env: NodeJS.ProcessEnv; log: (message: string) => void }) => Promise<{ built: boolean }>
  SERVER_DIR: string
  MEDUSA_BIN: string
}
const { SERVER_DIR, MEDUSA_BIN } = buildTools
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sourceHashes = require(path.join(ROOT, "scripts", "lib", "source-hash.js")) as {
  databaseHash: (root: string, extraInputs: string[]) => string
}

export type GopangServer = {
  url: string
  chatUrl: string
  adminEmail: string
  adminPassword: string
  sellerPassword: string
  databaseUrl: string
  /** The server's output so far (shown when a test fails), across restarts. */
  output: () => string
  /** How the current `medusa start` process ended (a signal such as SIGKILL, or an exit code). */
  exited: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /**
   * `medusa start` again on the same database and ports (after the process was killed, or
   * stopped here first), with the start environment `env` instead of the first start's.
   */
  restart: (options?: { env?: Record<string, string> }) => Promise<void>
  /**
   * `medusa exec <script>` of the built server (a path inside .medusa/server) against this
   * database, beside the running server (no chat socket of its own); its output.
   */
  exec: (script: string, options?: { env?: Record<string, string> }) => Promise<string>
  stop: () => Promise<void>
}

const log = (message: string) => process.stdout.write(`[e2e] ${message}\n`)

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** The environment of the child processes: the test runner's own flags stay out. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ["NODE_OPTIONS", "REDIS_URL", "CACHE_REDIS_URL", "CHAT_REDIS_URL", "DATABASE_URL", "JEST_WORKER_ID"]) {
    delete env[key]
  }
  return { ...env, MEDUSA_DISABLE_TELEMETRY: "true", ...extra }
}

/** Runs `medusa <args>`; its output when it exits with 0. */
function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ""
    const child = spawn(MEDUSA_BIN, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`medusa ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`))
    )
  })
}

/**
 * `medusa build` unless .medusa/server was built from exactly these sources (`npm test` builds
 * before Jest starts; a lock makes parallel browser specs wait for one build).
 */
export async function ensureBuild(): Promise<void> {
  await buildTools.ensureBuild({ env: childEnv({}), log })
}

function adminDatabaseUrl(database: string): string {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  const host = process.env.DB_HOST || "localhost"
  const port = process.env.DB_PORT || "5432"
  return `postgres://${user}${password}@${host}:${port}/${database}`
}

async function withPostgres<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminDatabaseUrl("postgres") })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`medusa start exited with ${child.exitCode}:\n${output().slice(-4000)}`)
    }
    if (Date.now() > deadline) {
      throw new Error(`medusa start did not become healthy in 120 s:\n${output().slice(-4000)}`)
    }
    try {
      if ((await fetch(`${url}/health`)).ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

const TEMPLATE_PREFIX = "gopang_e2e_tpl_"
const KEEP_OTHER_TEMPLATES = 4

/** What shapes the browser specs' database: the sources (scripts/lib/source-hash.js) and their fixtures. */
function databaseHash(): string {
  return sourceHashes.databaseHash(ROOT, ["integration-tests/e2e/fixtures.ts", "integration-tests/e2e/shopper.ts"])
}

/**
 * Creates `database` migrated and seeded. Migrating and seeding take minutes, so the result is
 * kept as a template database named after the hash of what shapes it (migrations, seed, modules):
 * a later run on the same sources and PostgreSQL copies it in seconds. Templates of other
 * sources are dropped. On CI the PostgreSQL is thrown away, so the first run there does it all.
 */
async function prepareDatabase(database: string, env: NodeJS.ProcessEnv): Promise<void> {
  // Browser specs on parallel Jest workers need the same template: one makes it while the other
  // waits on this lock, then copies it.
  const lock = new Client({ connectionString: adminDatabaseUrl("postgres") })
  await lock.connect()
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext($1))", [TEMPLATE_PREFIX])
    await prepareDatabaseLocked(database, env)
  } finally {
    await lock.end()
  }
}

async function prepareDatabaseLocked(database: string, env: NodeJS.ProcessEnv): Promise<void> {
  const template = `${TEMPLATE_PREFIX}${databaseHash().slice(0, 16)}`
  const existing = await withPostgres(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY oid DESC",
      [`${TEMPLATE_PREFIX}%`]
    )
    return rows.map((row) => row.datname)
  })
  if (existing.includes(template)) {
    await withPostgres((client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${template}`))
    log(`${database}: copied from ${template}`)
    return
  }
  // `npm test` has a template already migrated (by `medusa db:migrate` from these sources) and
  // seeded (scripts/lib/test-databases.js): from there the seed only adds the logins.
  const seeded = process.env.GOPANG_TEST_DB_SEEDED
  for (let attempt = 0; ; attempt++) {
    try {
      await withPostgres((client) => client.query(`CREATE DATABASE ${database}${seeded ? ` TEMPLATE ${seeded}` : ""}`))
      break
    } catch (error) {
      // A spec copying the same template at this instant (55006): PostgreSQL allows one at a time.
      if ((error as { code?: string }).code !== "55006" || attempt >= 50) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  let startedAt = Date.now()
  // From the sources (not the build), so that this runs while `medusa build` does.
  if (!seeded) {
    await run(["db:migrate"], ROOT, env)
    log(`migrated ${database} in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`)
  }
  startedAt = Date.now()
  await run(["exec", "./src/scripts/seed.ts"], ROOT, env)
  await run(["exec", "./integration-tests/e2e/fixtures.ts"], ROOT, env)
  log(`seeded (demo marketplace and test fixtures) in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`)
  await withPostgres(async (client) => {
    // Other sources' templates go, but the newest few stay: on a shared PostgreSQL other
    // checkouts (branches) use theirs. One being copied right now stays too.
    for (const stale of existing.slice(KEEP_OTHER_TEMPLATES)) {
      await client.query(`DROP DATABASE IF EXISTS ${stale}`).catch(() => undefined)
    }
    await client.query(`CREATE DATABASE ${template} TEMPLATE ${database}`)
  }).catch((error: Error) => log(`template ${template} not kept: ${error.message}`))
}

/**
 * `env`: extra environment for `medusa start` only (not for the template database), e.g. the
 * PortOne test server's keys and URLs, as `npm start` sets them in demo mode.
 */
export async function startGopangServer(options: { env?: Record<string, string> } = {}): Promise<GopangServer> {

  const database = `gopang_e2e_${crypto.randomBytes(4).toString("hex")}`
  const databaseUrl = adminDatabaseUrl(database)
  const [port, chatPort] = [await freePort(), await freePort()]
  const url = `http://localhost:${port}`
  const origins = [url, `http://127.0.0.1:${port}`].join(",")
  const adminEmail = "admin@gopang.local"
  // Fixed, so that a seeded template database (see prepareDatabase) keeps working logins.
  const adminPassword = "e2e-operator-password-1"
  const sellerPassword = "e2e-seller-password-1"
  const env = childEnv({
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    CHAT_PORT: String(chatPort),
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECURE: "false",
    // Locally stored files (review images) are served by this server: their URLs must point at it.
    MEDUSA_BACKEND_URL: url,
    // No real PortOne here: specs that pay pass the PortOne test server's keys in `env`; the
    // others run without a payment provider, which `medusa start` allows only when told.
    PORTONE_DEMO: "true",
    STORE_CORS: origins,
    ADMIN_CORS: origins,
    AUTH_CORS: origins,
    GOPANG_ADMIN_EMAIL: adminEmail,
    GOPANG_ADMIN_PASSWORD: adminPassword,
    GOPANG_SELLER_PASSWORD: sellerPassword,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL || "warn",
  })

  let medusa: ChildProcess | undefined
  let exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> = Promise.resolve({ code: null, signal: null })
  let output = ""
  /** The start environment of the running (or last) `medusa start`. */
  let startEnv = options.env
  /** Stops the current `medusa start` (SIGTERM, then SIGKILL after 10 s) if it still runs. */
  const halt = async () => {
    if (medusa && medusa.exitCode === null && medusa.signalCode === null) {
      medusa.kill("SIGTERM")
      const killer = setTimeout(() => medusa?.kill("SIGKILL"), 10_000)
      await exit
      clearTimeout(killer)
    }
  }
  const stop = async () => {
    await halt()
    await withPostgres((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).catch(
      (error: Error) => log(`could not drop ${database}: ${error.message}`)
    )
  }
  const launch = async (extra: Record<string, string> | undefined) => {
    startEnv = extra
    const startedAt = Date.now()
    const child = spawn(MEDUSA_BIN, ["start"], {
      cwd: SERVER_DIR,
      env: { ...env, ...startEnv },
      stdio: ["ignore", "pipe", "pipe"],
    })
    medusa = child
    exit = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
    child.stdout!.on("data", (chunk) => (output += chunk))
    child.stderr!.on("data", (chunk) => (output += chunk))
    await waitForHealth(url, child, () => output)
    log(`medusa start healthy on ${url} (chat on ${chatPort}) in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`)
  }

  try {
    // The build and the database are independent: prepare both at once.
    const prepared = await Promise.allSettled([ensureBuild(), prepareDatabase(database, env)])
    const failure = prepared.find((result): result is PromiseRejectedResult => result.status === "rejected")
    if (failure) {
      throw failure.reason
    }
    await launch(options.env)
  } catch (error) {
    await stop()
    throw error
  }

  return {
    url,
    chatUrl: `http://localhost:${chatPort}`,
    adminEmail,
    adminPassword,
    sellerPassword,
    databaseUrl,
    output: () => output,
    exited: () => exit,
    restart: async (restartOptions = {}) => {
      await halt()
      await launch(restartOptions.env ?? options.env)
    },
    exec: (script, execOptions = {}) => run(["exec", script], SERVER_DIR, { ...env, ...startEnv, CHAT_REALTIME: "false", ...execOptions.env }),
    stop,
  }
}
