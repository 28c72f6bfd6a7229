#!/usr/bin/env node
"use strict"
/**
 * `npm test`: prerequisites, then the type check alongside the template databases, then every
 * Jest project (unit, module integration, HTTP integration, browser) on parallel workers.
 *
 *  1. Prerequisites first (seconds): Chromium and a Redis server, installed with apt-get as root
 *     unless GOPANG_TEST_INSTALL=0, else the run stops with the commands to run
 *     (scripts/lib/test-prerequisites.js).
 *  2. PostgreSQL: DB_HOST (DB_PORT, DB_USERNAME, DB_PASSWORD) when set, else an embedded one in a
 *     temporary folder for this run.
 *  3. `tsc --noEmit` while the migrated and seeded template databases are prepared (once per
 *     source change on a kept PostgreSQL; scripts/lib/test-databases.js) and, for the browser
 *     specs, `medusa build` runs (once per source change; scripts/lib/build.js).
 *  4. Jest with GOPANG_TEST_WORKERS workers (default: the number of cores, at most 4); each spec
 *     copies a template (integration-tests/helpers/runner.ts).
 *
 * Extra arguments go to Jest (`npm test -- integration-tests/http/cart/cart.spec.ts`);
 * `--skip-typecheck` skips tsc. `npm run test:unit` needs no database at all.
 */
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { startEmbeddedPostgres, tempDataDir } = require("./lib/embedded-postgres")
const { ensureChromium, ensureRedis, MissingPrerequisite } = require("./lib/test-prerequisites")
const { dropLeftoverDatabases, prepareTestTemplates } = require("./lib/test-databases")
const { ensureBuild } = require("./lib/build")

const ROOT = path.resolve(__dirname, "..")
const BIN = path.join(ROOT, "node_modules", ".bin")
const log = (message) => process.stdout.write(`[gopang:test] ${message}\n`)

function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(path.join(BIN, command), args, { cwd: ROOT, stdio: "inherit", env })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** Which prerequisites the selected specs need: by TEST_TYPE, or by the paths given to Jest. */
function needs(jestArgs) {
  const type = process.env.TEST_TYPE
  const paths = jestArgs.filter((arg) => !arg.startsWith("-"))
  if (paths.length) {
    return {
      chromium: paths.some((p) => p.includes("e2e")),
      redis: paths.some((p) => p.includes("chat")),
      database: paths.some((p) => !p.includes("unit.spec")),
    }
  }
  return {
    chromium: !type || type === "e2e",
    redis: !type || type === "integration:http",
    database: type !== "unit",
  }
}

function workers() {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length
  const chosen = Number(process.env.GOPANG_TEST_WORKERS || Math.min(cores, 4))
  return Number.isInteger(chosen) && chosen > 0 ? chosen : 1
}

async function main() {
  const args = process.argv.slice(2)
  const skipTypecheck = args.includes("--skip-typecheck")
  const prerequisitesOnly = args.includes("--prerequisites-only")
  const jestArgs = args.filter((arg) => !["--skip-typecheck", "--prerequisites-only"].includes(arg))
  const startedAt = Date.now()
  const need = needs(jestArgs)
  const cleanups = []
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) {
      await fn().catch((error) => log(`cleanup: ${error.message}`))
    }
  }

  // Medusa's loaders use dynamic import(), which Jest's VM sandbox only allows with this flag.
  const nodeOptions = [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" ")
  const env = {
    ...process.env,
    NODE_ENV: "test",
    NODE_OPTIONS: nodeOptions,
    // Medusa logs every migration of every booted app; keep the output to what failed.
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
  }

  try {
    if (need.chromium) {
      ensureChromium(env, log)
    }
    if (need.redis) {
      const redis = await ensureRedis(env, log)
      env.CHAT_TEST_REDIS_URL = redis.url
      cleanups.push(redis.stop)
    }
  } catch (error) {
    if (error instanceof MissingPrerequisite) {
      log(error.message)
      process.stdout.write("0 passed, 1 failed\n")
      await cleanup()
      process.exit(1)
    }
    throw error
  }
  if (prerequisitesOnly) {
    log("prerequisites present")
    await cleanup()
    return
  }

  if (need.database && !env.DB_HOST) {
    // Kept in .data/test-postgres so that the template databases outlive the run (the next
    // `npm test -- <file>` copies them in a second); GOPANG_TEST_PG_KEEP=0 for a throw-away one.
    const keep = env.GOPANG_TEST_PG_KEEP !== "0"
    const tempDir = keep ? undefined : tempDataDir("gopang-test-pg-")
    const dataDir = keep ? path.join(ROOT, ".data", "test-postgres") : path.join(tempDir, "data")
    const postgres = await startEmbeddedPostgres({ dataDir, persistent: keep })
    cleanups.push(async () => {
      await postgres.stop()
      if (tempDir) {
        fs.rmSync(tempDir, { recursive: true, force: true })
      }
    })
    Object.assign(env, {
      // Medusa's test runner turns SSL on for any database host other than "localhost".
      DB_HOST: "localhost",
      DB_PORT: String(postgres.port),
      DB_USERNAME: postgres.user,
      DB_PASSWORD: postgres.password,
    })
    log(`no DB_HOST: using an embedded PostgreSQL on ${postgres.host}:${postgres.port} (${keep ? dataDir : "throw-away"})`)
    if (keep) {
      // Only this checkout's runs use it: databases of an interrupted run can go.
      await dropLeftoverDatabases(env)
    }
  } else if (need.database) {
    log(`using PostgreSQL at ${env.DB_HOST}:${env.DB_PORT || 5432}`)
  }

  // The type check and the template databases are independent: one core each.
  const typecheck = skipTypecheck
    ? Promise.resolve(0)
    : (log("type check (tsc --noEmit)"), run("tsc", ["--noEmit", "-p", "."]))
  const templates = need.database
    ? prepareTestTemplates(env, log).then(
        (names) => ({ names }),
        (error) => ({ error })
      )
    : Promise.resolve({ names: undefined })
  // The browser specs need the built server and dashboard: built once here, not in a Jest worker.
  const build = need.chromium
    ? ensureBuild({ env, log }).then(
        () => ({}),
        (error) => ({ error })
      )
    : Promise.resolve({})
  const [typecheckCode, prepared, built] = await Promise.all([typecheck, templates, build])
  if (typecheckCode !== 0 || prepared.error || built.error) {
    log(
      typecheckCode !== 0
        ? "type check failed"
        : prepared.error
          ? `template databases failed: ${prepared.error.message}`
          : `medusa build failed: ${built.error.message}`
    )
    process.stdout.write("0 passed, 1 failed\n")
    await cleanup()
    process.exit(1)
  }
  if (prepared.names) {
    env.GOPANG_TEST_DB_MIGRATED = prepared.names.migrated
    env.GOPANG_TEST_DB_SEEDED = prepared.names.seeded
  }

  const resultsFile = path.join(os.tmpdir(), `gopang-jest-${process.pid}.json`)
  const count = workers()
  log(`jest on ${count} worker${count > 1 ? "s" : ""} (GOPANG_TEST_WORKERS)`)
  const code = await run(
    "jest",
    [`--maxWorkers=${count}`, "--forceExit", "--json", `--outputFile=${resultsFile}`, ...jestArgs],
    env
  )
  await cleanup()

  let passed = 0
  let failed = 0
  if (fs.existsSync(resultsFile)) {
    const results = JSON.parse(fs.readFileSync(resultsFile, "utf8"))
    passed = results.numPassedTests
    // A suite that fails to load counts as a failure even though it ran no test.
    failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const files = results.testResults
      .map((file) => ({
        file: path.relative(ROOT, file.name),
        seconds: (file.endTime - file.startTime) / 1000,
        tests: file.assertionResults.length,
      }))
      .sort((a, b) => b.seconds - a.seconds)
    log("per file (s, tests):")
    for (const file of files) {
      process.stdout.write(`  ${file.seconds.toFixed(0).padStart(5)}  ${String(file.tests).padStart(3)}  ${file.file}\n`)
    }
    fs.rmSync(resultsFile, { force: true })
  } else {
    failed = 1
  }
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(0)
  log(`finished in ${seconds} s`)
  process.stdout.write(`${passed} passed, ${failed} failed\n`)
  process.exit(code !== 0 || failed > 0 || passed === 0 ? 1 : 0)
}

main().catch((error) => {
  log(error.stack || String(error))
  process.exit(1)
})
