"use strict"
/**
 * Template databases for `npm test`. Every integration spec used to create an empty database,
 * run every migration and (nine of them) seed the demo marketplace: about 35 s of each boot.
 * Here that happens once per run (or once per source change on a kept PostgreSQL): two template
 * databases, one migrated, one migrated and seeded, that each spec copies in about a second
 * (`CREATE DATABASE … TEMPLATE`, see integration-tests/helpers/runner.ts).
 *
 * They are made the way `npm start` makes its database (`medusa db:migrate`, then the seed
 * through `medusa exec`), without admin or seller passwords and without PortOne: specs add those
 * by running the idempotent seed again with their own environment.
 */
const crypto = require("node:crypto")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { databaseHash } = require("./source-hash")

const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const PREFIX = "gopang_test_"
const KEEP_OTHER_TEMPLATES = 6

function databaseUrl(env, database) {
  const user = encodeURIComponent(env.DB_USERNAME || "postgres")
  const password = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${env.DB_HOST || "localhost"}:${env.DB_PORT || "5432"}/${database}`
}

async function withPostgres(env, fn) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: databaseUrl(env, "postgres") })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

function medusa(args, env) {
  return new Promise((resolve, reject) => {
    let output = ""
    const child = spawn(MEDUSA_BIN, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`))
    )
  })
}

/** The environment of the CLI: no test flags, no passwords, no PortOne, no Redis. */
function cliEnv(env, database) {
  const clean = { ...env }
  for (const key of Object.keys(clean)) {
    if (/^(NODE_OPTIONS|JEST_WORKER_ID|REDIS_URL|CACHE_REDIS_URL|CHAT_REDIS_URL|GOPANG_.*PASSWORD|PORTONE_.*)$/.test(key)) {
      delete clean[key]
    }
  }
  return {
    ...clean,
    NODE_ENV: "test",
    DATABASE_URL: databaseUrl(env, database),
    MEDUSA_DISABLE_TELEMETRY: "true",
    CHAT_REALTIME: "false",
    LOG_LEVEL: "error",
  }
}

/**
 * Ensures `gopang_test_migrated_<hash>` and `gopang_test_seeded_<hash>` exist and returns their
 * names. Built under temporary names and renamed at the end, so that two runs on one PostgreSQL
 * never see half a template; templates of older sources are dropped when nobody uses them.
 */
async function prepareTestTemplates(env, log) {
  const hash = databaseHash(ROOT, ["scripts/lib/test-databases.js"]).slice(0, 16)
  const names = { migrated: `${PREFIX}migrated_${hash}`, seeded: `${PREFIX}seeded_${hash}` }
  const existing = await withPostgres(env, async (client) => {
    const { rows } = await client.query(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname NOT LIKE $2 ORDER BY oid DESC",
      [`${PREFIX}%`, `${PREFIX}build_%`]
    )
    return rows.map((row) => row.datname)
  })
  if (existing.includes(names.migrated) && existing.includes(names.seeded)) {
    log(`template databases ${names.migrated}, ${names.seeded}: reused (sources unchanged)`)
    return names
  }

  const suffix = crypto.randomBytes(3).toString("hex")
  const building = { migrated: `${PREFIX}build_${suffix}_m`, seeded: `${PREFIX}build_${suffix}_s` }
  let startedAt = Date.now()
  await withPostgres(env, (client) => client.query(`CREATE DATABASE ${building.migrated}`))
  try {
    await medusa(["db:migrate"], cliEnv(env, building.migrated))
    log(`template database migrated in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`)
    startedAt = Date.now()
    await withPostgres(env, (client) =>
      client.query(`CREATE DATABASE ${building.seeded} TEMPLATE ${building.migrated}`)
    )
    await medusa(["exec", "./src/scripts/seed.ts"], cliEnv(env, building.seeded))
    log(`template database seeded in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`)
    await withPostgres(env, async (client) => {
      for (const kind of ["migrated", "seeded"]) {
        await client.query(`DROP DATABASE IF EXISTS ${names[kind]}`)
        await client.query(`ALTER DATABASE ${building[kind]} RENAME TO ${names[kind]}`)
      }
      // Older sources' templates go, but the newest few stay: on a shared PostgreSQL other
      // checkouts (other branches) may be using theirs. One in use right now stays too.
      const stale = existing.filter((name) => !Object.values(names).includes(name))
      for (const name of stale.slice(KEEP_OTHER_TEMPLATES)) {
        await client.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined)
      }
    })
  } catch (error) {
    await withPostgres(env, async (client) => {
      for (const name of Object.values(building)) {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      }
    }).catch(() => undefined)
    throw error
  }
  return names
}

/**
 * Drops the spec and browser-test databases an interrupted run left behind. Only for the
 * embedded PostgreSQL that belongs to this checkout: on a shared one (DB_HOST) another run may
 * be using them.
 */
async function dropLeftoverDatabases(env) {
  await withPostgres(env, async (client) => {
    const { rows } = await client.query(
      "SELECT datname FROM pg_database WHERE datname ~ '^(gopang_spec_|gopang_e2e_[0-9a-f]{8}$|gopang_test_build_)'"
    )
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    }
  })
}

module.exports = { dropLeftoverDatabases, prepareTestTemplates }
