"use strict"
/**
 * What `npm test` needs besides Node, checked in its first seconds (before the type check and
 * any build): Debian's Chromium for the browser tests and a Redis server for the chat's
 * multi-process adapter test. As root with apt-get (CI, these machines) a missing one is
 * installed the way `.ci/run` installs Chromium, unless GOPANG_TEST_INSTALL=0; elsewhere the run
 * stops at once with the exact commands to run.
 *
 * Redis: a throw-away `redis-server` is started on a free port for the run (no data kept), unless
 * CHAT_TEST_REDIS_URL names one already.
 */
const fs = require("node:fs")
const net = require("node:net")
const path = require("node:path")
const { spawn, spawnSync } = require("node:child_process")

const APT_PACKAGES = {
  chromium: ["chromium", "fonts-liberation", "fonts-nanum"],
  redis: ["redis-server"],
}

class MissingPrerequisite extends Error {}

function onPath(command) {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    const file = path.join(dir, command)
    if (dir && fs.existsSync(file)) {
      return file
    }
  }
  return undefined
}

function canInstall(env) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  return env.GOPANG_TEST_INSTALL !== "0" && isRoot && Boolean(onPath("apt-get"))
}

function aptInstall(packages, log) {
  log(`installing ${packages.join(", ")} with apt-get (GOPANG_TEST_INSTALL=0 to forbid)`)
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  const update = spawnSync("apt-get", ["update", "-qq"], { env, stdio: "ignore" })
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], {
    env,
    stdio: "ignore",
  })
  return update.status === 0 && install.status === 0
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function ping(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    let answer = ""
    socket.setTimeout(1000)
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (chunk) => {
      answer += chunk
      if (answer.includes("\r\n")) {
        socket.destroy()
        resolve(answer.startsWith("+PONG"))
      }
    })
    socket.on("error", () => resolve(false))
    socket.on("timeout", () => {
      socket.destroy()
      resolve(false)
    })
  })
}

/** Chromium for the browser tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
function ensureChromium(env, log) {
  const chosen = env.CHROMIUM_PATH
  const file = chosen || "/usr/bin/chromium"
  if (fs.existsSync(file)) {
    return
  }
  if (!chosen && canInstall(env) && aptInstall(APT_PACKAGES.chromium, log) && fs.existsSync(file)) {
    return
  }
  throw new MissingPrerequisite(
    [
      `Chromium is missing at ${file} (the browser tests in integration-tests/e2e drive it).`,
      `  Install it:  sudo apt-get install -y --no-install-recommends ${APT_PACKAGES.chromium.join(" ")}`,
      "  or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    ].join("\n")
  )
}

/**
 * A Redis server for the chat adapter test. Returns the URL and a stop function; the URL is
 * CHAT_TEST_REDIS_URL when that is set (and answers).
 */
async function ensureRedis(env, log) {
  if (env.CHAT_TEST_REDIS_URL) {
    const url = new URL(env.CHAT_TEST_REDIS_URL)
    if (await ping(Number(url.port || 6379), url.hostname)) {
      return { url: env.CHAT_TEST_REDIS_URL, stop: async () => undefined }
    }
    throw new MissingPrerequisite(`CHAT_TEST_REDIS_URL=${env.CHAT_TEST_REDIS_URL} does not answer PING.`)
  }
  let binary = env.GOPANG_TEST_REDIS_SERVER || onPath("redis-server")
  if (!binary || !fs.existsSync(binary)) {
    if (!env.GOPANG_TEST_REDIS_SERVER && canInstall(env) && aptInstall(APT_PACKAGES.redis, log)) {
      binary = onPath("redis-server")
    }
  }
  if (!binary || !fs.existsSync(binary)) {
    throw new MissingPrerequisite(
      [
        `redis-server is missing${env.GOPANG_TEST_REDIS_SERVER ? ` at ${env.GOPANG_TEST_REDIS_SERVER}` : ""} (the chat's multi-process test needs a Redis server).`,
        `  Install it:  sudo apt-get install -y ${APT_PACKAGES.redis.join(" ")}`,
        "  or set CHAT_TEST_REDIS_URL=redis://host:port to use a running one.",
      ].join("\n")
    )
  }
  const port = await freePort()
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  })
  for (let attempt = 0; attempt < 50 && !(await ping(port)); attempt++) {
    if (child.exitCode !== null) {
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (!(await ping(port))) {
    child.kill("SIGKILL")
    throw new MissingPrerequisite(`${binary} did not start on port ${port}.`)
  }
  log(`redis-server on 127.0.0.1:${port} for this run`)
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve))
        child.kill("SIGTERM")
        await exited
      }
    },
  }
}

module.exports = { ensureChromium, ensureRedis, MissingPrerequisite }
