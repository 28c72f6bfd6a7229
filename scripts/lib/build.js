"use strict"
/**
 * `medusa build` (server and admin dashboard into .medusa/server) unless it was built from exactly
 * these sources, for `npm start`, `npm test` (before Jest, beside the type check) and the browser
 * specs. A lock folder keeps two callers (two Jest workers, a test run and a start) from building
 * into the same folder at once: the second waits and then finds the build done.
 */
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { sourceHash } = require("./source-hash")

const ROOT = path.resolve(__dirname, "..", "..")
const SERVER_DIR = path.join(ROOT, ".medusa", "server")
const BUILD_HASH_FILE = path.join(SERVER_DIR, ".gopang-build-hash")
const LOCK_DIR = path.join(ROOT, ".medusa", ".build-lock")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
// A build takes minutes; a lock older than this was left by a killed build.
const STALE_LOCK_MS = 20 * 60 * 1000

function isBuilt(hash) {
  return fs.existsSync(BUILD_HASH_FILE) && fs.readFileSync(BUILD_HASH_FILE, "utf8") === hash
}

function takeLock() {
  fs.mkdirSync(path.dirname(LOCK_DIR), { recursive: true })
  try {
    fs.mkdirSync(LOCK_DIR)
    return true
  } catch (error) {
    if (error.code !== "EEXIST") {
      throw error
    }
    if (Date.now() - fs.statSync(LOCK_DIR).mtimeMs > STALE_LOCK_MS) {
      fs.rmSync(LOCK_DIR, { recursive: true, force: true })
      return takeLock()
    }
    return false
  }
}

function medusaBuild(env, inherit) {
  return new Promise((resolve, reject) => {
    let output = ""
    const child = spawn(MEDUSA_BIN, ["build"], { cwd: ROOT, env, stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"] })
    child.stdout?.on("data", (chunk) => (output += chunk))
    child.stderr?.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`medusa build exited with ${code}:\n${output.slice(-4000)}`))
    )
  })
}

/**
 * @param {{ env?: NodeJS.ProcessEnv, log?: (message: string) => void, inherit?: boolean }} options
 *   `inherit`: show the build's own output (npm start) instead of keeping it for an error
 * @returns {Promise<{ built: boolean, seconds: number }>} whether this call built, and how long it took
 */
async function ensureBuild({ env = process.env, log = () => undefined, inherit = false } = {}) {
  const startedAt = Date.now()
  const hash = sourceHash(ROOT)
  for (;;) {
    if (isBuilt(hash)) {
      break
    }
    if (takeLock()) {
      try {
        if (!isBuilt(hash)) {
          log("medusa build (server and admin dashboard; sources changed or first build)…")
          const buildEnv = { ...env }
          for (const key of ["NODE_OPTIONS", "JEST_WORKER_ID"]) {
            delete buildEnv[key]
          }
          await medusaBuild({ ...buildEnv, NODE_ENV: "production", MEDUSA_DISABLE_TELEMETRY: "true" }, inherit)
          fs.writeFileSync(BUILD_HASH_FILE, hash)
          log(`built in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`)
          linkNodeModules()
          return { built: true, seconds: (Date.now() - startedAt) / 1000 }
        }
      } finally {
        fs.rmSync(LOCK_DIR, { recursive: true, force: true })
      }
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  linkNodeModules()
  return { built: false, seconds: (Date.now() - startedAt) / 1000 }
}

/** The build runs in place, against the project's own node_modules. */
function linkNodeModules() {
  const link = path.join(SERVER_DIR, "node_modules")
  if (!fs.existsSync(link)) {
    fs.symlinkSync(path.join(ROOT, "node_modules"), link, "dir")
  }
}

module.exports = { ensureBuild, SERVER_DIR, MEDUSA_BIN }
