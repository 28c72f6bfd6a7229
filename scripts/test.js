#!/usr/bin/env node
"use strict"
/**
 * `npm test`: the type check, then every Jest project (unit, module integration, HTTP
 * integration) in one in-band run.
 *
 * With DB_HOST set, the integration runners use that PostgreSQL. Without it, an embedded
 * PostgreSQL is started for this run only (in a temporary folder) and DB_* point at it, so a
 * fresh machine needs nothing but Node. Extra arguments go to Jest:
 *   npm test -- integration-tests/http/store/catalog.spec.ts
 * `--skip-typecheck` skips tsc when iterating on one file.
 */
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { startEmbeddedPostgres, tempDataDir } = require("./lib/embedded-postgres")

const ROOT = path.resolve(__dirname, "..")
const BIN = path.join(ROOT, "node_modules", ".bin")
const log = (message) => process.stdout.write(`[gopang:test] ${message}\n`)

function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(path.join(BIN, command), args, { cwd: ROOT, stdio: "inherit", env })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

async function main() {
  const args = process.argv.slice(2)
  const skipTypecheck = args.includes("--skip-typecheck")
  const jestArgs = args.filter((arg) => arg !== "--skip-typecheck")
  const startedAt = Date.now()

  if (!skipTypecheck) {
    log("type check (tsc --noEmit)")
    const code = await run("tsc", ["--noEmit", "-p", "."])
    if (code !== 0) {
      log("type check failed")
      log("0 passed, 1 failed")
      process.exit(code)
    }
  }

  let postgres
  let tempDir
  // Medusa's loaders use dynamic import(), which Jest's VM sandbox only allows with this flag.
  const nodeOptions = [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" ")
  const env = {
    ...process.env,
    NODE_ENV: "test",
    NODE_OPTIONS: nodeOptions,
    // Medusa logs every migration of every booted app; keep the output to what failed.
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
  }
  if (!env.DB_HOST) {
    tempDir = tempDataDir("gopang-test-pg-")
    postgres = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "data"), persistent: false })
    Object.assign(env, {
      // Medusa's test runner turns SSL on for any database host other than "localhost".
      DB_HOST: "localhost",
      DB_PORT: String(postgres.port),
      DB_USERNAME: postgres.user,
      DB_PASSWORD: postgres.password,
    })
    log(`no DB_HOST: using an embedded PostgreSQL on ${postgres.host}:${postgres.port}`)
  } else {
    log(`using PostgreSQL at ${env.DB_HOST}:${env.DB_PORT || 5432}`)
  }

  const resultsFile = path.join(os.tmpdir(), `gopang-jest-${process.pid}.json`)
  const code = await run(
    "jest",
    ["--runInBand", "--forceExit", "--json", `--outputFile=${resultsFile}`, ...jestArgs],
    env
  )

  if (postgres) {
    await postgres.stop()
    fs.rmSync(tempDir, { recursive: true, force: true })
  }

  let passed = 0
  let failed = 0
  if (fs.existsSync(resultsFile)) {
    const results = JSON.parse(fs.readFileSync(resultsFile, "utf8"))
    passed = results.numPassedTests
    // A suite that fails to load counts as a failure even though it ran no test.
    failed = results.numFailedTests + results.numRuntimeErrorTestSuites
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
