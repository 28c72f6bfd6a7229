#!/usr/bin/env node
"use strict"
/**
 * `npm start`: one command from a fresh clone to a running shop.
 *
 *  1. secrets (JWT, cookie, demo admin password) from the environment, or generated once and
 *     kept in .data/secrets.json;
 *  2. PostgreSQL from DATABASE_URL, or an embedded one whose data lives in .data/postgres;
 *  3. `medusa build` when the sources changed since the last build;
 *  4. migrations, then the seed when the database has never been seeded;
 *  5. PortOne: the keys from the environment, or (none configured) demo mode against the local
 *     PortOne test server (integration-tests/portone-server), so a newcomer can pay, in the
 *     browser too: its payment window (`GET /demo/checkout?paymentId=…`) plays PortOne's.
 *     Demo mode is switched on explicitly (PORTONE_DEMO=true, shown in the banner): a plain
 *     `medusa start` without keys and without that switch refuses to start
 *     (src/config/portone.ts); PORTONE_DEMO=false here makes `npm start` refuse the same way;
 *  6. `medusa start` on PORT (9000), and a banner with the URLs, the admin login and the
 *     publishable key once /health answers.
 * Ctrl-C stops Medusa first, then the embedded PostgreSQL.
 */
const crypto = require("node:crypto")
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { startEmbeddedPostgres } = require("./lib/embedded-postgres")
const { sourceHash } = require("./lib/source-hash")

const ROOT = path.resolve(__dirname, "..")
const DATA_DIR = path.join(ROOT, ".data")
const { ensureBuild, SERVER_DIR, MEDUSA_BIN } = require("./lib/build")
const DEV = process.argv.includes("--dev")

const log = (message) => process.stdout.write(`[gopang] ${message}\n`)

function loadDotEnv() {
  const { loadEnv } = require("@medusajs/framework/utils")
  loadEnv(process.env.NODE_ENV || "production", ROOT)
}

/** Generated once per data folder so that a restart keeps sessions and the admin login. */
function ensureSecrets() {
  fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o755 })
  const file = path.join(DATA_DIR, "secrets.json")
  const kept = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  const secrets = {
    JWT_SECRET: kept.JWT_SECRET || crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: kept.COOKIE_SECRET || crypto.randomBytes(32).toString("hex"),
    GOPANG_ADMIN_PASSWORD: kept.GOPANG_ADMIN_PASSWORD || crypto.randomBytes(9).toString("base64url"),
  }
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  for (const [key, value] of Object.entries(secrets)) {
    process.env[key] = process.env[key] || value
  }
}

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: process.env, ...options })
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code ?? signal}`))
    )
  })
}

/**
 * Without PortOne keys, runs the local PortOne test server in this process and points the
 * provider at it: payments work end to end and no money moves. Its state lives in memory, so
 * payments made before a restart cannot be refunded after it.
 */
async function startPortOneDemo(port) {
  if (process.env.PORTONE_IMP_KEY || process.env.PORTONE_API_SECRET || process.env.PORTONE_DEMO === "false") {
    return undefined
  }
  const { startPortOneTestServer } = require(path.join(ROOT, "integration-tests", "portone-server", "server.js"))
  const server = await startPortOneTestServer({
    webhookUrl: `http://localhost:${port}/hooks/payment/portone_portone`,
    // Fixed ports keep the payment window's URL stable across restarts (default: any free port).
    ports: { v1: Number(process.env.PORTONE_DEMO_V1_PORT || 0), v2: Number(process.env.PORTONE_DEMO_V2_PORT || 0) },
  })
  Object.assign(process.env, server.providerEnv(), { PORTONE_DEMO: "true" })
  log(`no PortOne keys: demo mode switched on (PORTONE_DEMO=true), PortOne test server at ${server.v1Url} (V1) and ${server.v2Url} (V2)`)
  log(`demo payment window: ${demoCheckoutUrl(server)}`)
  return server
}

/** The demo payment window (the test server's `GET /demo/checkout`) for an issued paymentId. */
function demoCheckoutUrl(server) {
  return `${server.v2Url}/demo/checkout?paymentId=<paymentId>&redirectUrl=<your page, optional>`
}

async function withClient(databaseUrl, fn) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** The seed version the code expects (`SEED_VERSION` in src/scripts/seed.ts). */
function seedVersion() {
  const source = fs.readFileSync(path.join(ROOT, "src", "scripts", "seed.ts"), "utf8")
  return Number(/export const SEED_VERSION = (\d+)/.exec(source)?.[1] ?? 1)
}

/** Seeded at least as far as this code's seed goes? A newer seed adds its new sections. */
async function isSeeded(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "SELECT (metadata ->> 'gopang_seed')::int AS version FROM store WHERE deleted_at IS NULL LIMIT 1"
    )
    return (rows[0]?.version ?? 0) >= seedVersion()
  })
}

async function publishableKey(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL LIMIT 1",
      ["고팡 스토어프론트"]
    )
    return rows[0]?.token
  })
}

async function waitForHealth(url, child) {
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error("Medusa exited before it became healthy")
    }
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function main() {
  const startedAt = Date.now()
  loadDotEnv()
  ensureSecrets()
  // `npm start` serves plain HTTP on this machine; behind HTTPS set COOKIE_SECURE=true.
  process.env.COOKIE_SECURE = process.env.COOKIE_SECURE || "false"
  // Uploaded files (local File Module provider) outlive rebuilds of .medusa/server.
  process.env.FILE_UPLOAD_DIR = process.env.FILE_UPLOAD_DIR || path.join(DATA_DIR, "uploads")

  let postgres
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.GOPANG_PG_PORT || 54329)
    log(`no DATABASE_URL: starting the embedded PostgreSQL on 127.0.0.1:${port} (data in .data/postgres)`)
    postgres = await startEmbeddedPostgres({
      dataDir: path.join(DATA_DIR, "postgres"),
      port,
      log: process.env.GOPANG_PG_LOG ? (line) => log(`postgres: ${line}`) : undefined,
    })
    await postgres.createDatabaseIfMissing("gopang")
    process.env.DATABASE_URL = postgres.urlFor("gopang")
  }
  const databaseUrl = process.env.DATABASE_URL

  const port = Number(process.env.PORT || 9000)
  process.env.PORT = String(port)
  const portOneDemo = await startPortOneDemo(port)

  let medusa
  let stopping = false
  const shutdown = async (signal, exitCode = 0) => {
    if (stopping) {
      return
    }
    stopping = true
    log(`${signal}: stopping…`)
    if (medusa && medusa.exitCode === null) {
      medusa.kill("SIGTERM")
      await new Promise((resolve) => medusa.once("exit", resolve))
    }
    if (postgres) {
      await postgres.stop()
      log("embedded PostgreSQL stopped")
    }
    if (portOneDemo) {
      await portOneDemo.stop()
    }
    process.exit(exitCode)
  }
  process.on("SIGINT", () => shutdown("SIGINT"))
  process.on("SIGTERM", () => shutdown("SIGTERM"))

  try {
    const cwd = DEV ? ROOT : SERVER_DIR
    if (!DEV) {
      await ensureBuild({ log, inherit: true })
    }
    // Migrations (and link sync) only when this code has not yet been migrated onto this database.
    const migratedFile = path.join(DATA_DIR, "migrated.json")
    const migrated = fs.existsSync(migratedFile) ? JSON.parse(fs.readFileSync(migratedFile, "utf8")) : {}
    const databaseKey = crypto.createHash("sha256").update(databaseUrl).digest("hex")
    const codeHash = sourceHash(ROOT)
    const hasSchema = await withClient(databaseUrl, async (client) =>
      (await client.query("SELECT to_regclass('public.store') IS NOT NULL AS ok")).rows[0].ok
    )
    if (DEV || !hasSchema || process.env.GOPANG_FORCE_MIGRATE === "true" || migrated[databaseKey] !== codeHash) {
      log("applying migrations…")
      await run(MEDUSA_BIN, ["db:migrate"], { cwd })
      fs.writeFileSync(migratedFile, JSON.stringify({ ...migrated, [databaseKey]: codeHash }, null, 2))
    }
    if (!(await isSeeded(databaseUrl))) {
      log("seeding the demo marketplace…")
      await run(MEDUSA_BIN, ["exec", DEV ? "./src/scripts/seed.ts" : "./src/scripts/seed.js"], { cwd })
    }

    medusa = spawn(MEDUSA_BIN, [DEV ? "develop" : "start"], { cwd, stdio: "inherit", env: process.env })
    medusa.on("exit", (code) => {
      if (!stopping) {
        log(`Medusa exited with ${code}`)
        shutdown("exit", code || 1)
      }
    })

    const url = `http://localhost:${port}`
    await waitForHealth(url, medusa)
    const key = await publishableKey(databaseUrl)
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
    process.stdout.write(
      [
        "",
        "──────────────────────────── Gopang is ready ────────────────────────────",
        `  ready in            ${seconds} s`,
        `  store API           ${url}/store   (header x-publishable-api-key)`,
        `  publishable key     ${key ?? "(none: run npm run seed)"}`,
        `  integrator API      ${url}/api/v1`,
        `  admin dashboard     ${url}/app`,
        `  admin login         ${process.env.GOPANG_ADMIN_EMAIL || "admin@gopang.local"} / ${process.env.GOPANG_ADMIN_PASSWORD}`,
        `  database            ${postgres ? `embedded PostgreSQL, 127.0.0.1:${postgres.port}` : "DATABASE_URL"}`,
        `  redis               ${process.env.REDIS_URL ? "REDIS_URL (event bus, workflows, locking, caching)" : "none: in-memory modules (one process only)"}`,
        `  payments            ${portOneDemo ? "PortOne DEMO MODE, switched on by npm start (PORTONE_DEMO=true: local test server, no real money; test card 5327-5012-3456-7890)" : process.env.PORTONE_IMP_KEY || process.env.PORTONE_API_SECRET ? "PortOne (keys from the environment)" : "none"}`,
        ...(portOneDemo
          ? [
              `  payment window      ${demoCheckoutUrl(portOneDemo)}`,
              "                      (paymentId from POST /api/v1/payment/browser; see README › Demo mode)",
            ]
          : []),
        `  try: curl -H "x-publishable-api-key: ${key}" ${url}/store/products`,
        "  Ctrl-C stops Medusa and the embedded PostgreSQL.",
        "──────────────────────────────────────────────────────────────────────────",
        "",
      ].join("\n")
    )
  } catch (error) {
    log(`start failed: ${error.message}`)
    await shutdown("error", 1)
  }
}

main()
