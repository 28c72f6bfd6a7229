import { spawnSync } from "node:child_process"
import path from "node:path"

/**
 * `npm test` on a machine without Chromium or Redis (and installing forbidden) must stop within
 * seconds, before any build or boot, naming the command that fixes it.
 */
const TEST_SCRIPT = path.resolve(__dirname, "..", "test.js")

function npmTest(env: Record<string, string>) {
  const startedAt = Date.now()
  const result = spawnSync(process.execPath, [TEST_SCRIPT, "--prerequisites-only"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", GOPANG_TEST_INSTALL: "0", ...env },
    encoding: "utf8",
    timeout: 30_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (Date.now() - startedAt) / 1000 }
}

describe("npm test prerequisites", () => {
  it("stops within 30 s naming the apt-get command when Chromium is missing", () => {
    const run = npmTest({ TEST_TYPE: "e2e", CHROMIUM_PATH: "/nowhere/chromium" })
    expect(run.status).toBe(1)
    expect(run.seconds).toBeLessThan(30)
    expect(run.output).toContain("Chromium is missing at /nowhere/chromium")
    expect(run.output).toContain("sudo apt-get install -y --no-install-recommends chromium")
    expect(run.output).toContain("0 passed, 1 failed")
  })

  it("stops within 30 s naming the apt-get command when redis-server is missing", () => {
    const run = npmTest({ TEST_TYPE: "integration:http", GOPANG_TEST_REDIS_SERVER: "/nowhere/redis-server" })
    expect(run.status).toBe(1)
    expect(run.seconds).toBeLessThan(30)
    expect(run.output).toContain("redis-server is missing at /nowhere/redis-server")
    expect(run.output).toContain("sudo apt-get install -y redis-server")
  })

  it("refuses a CHAT_TEST_REDIS_URL that does not answer", () => {
    const run = npmTest({ TEST_TYPE: "integration:http", CHAT_TEST_REDIS_URL: "redis://127.0.0.1:1" })
    expect(run.status).toBe(1)
    expect(run.output).toContain("does not answer PING")
  })

  it("needs neither for the unit tests", () => {
    const run = npmTest({ TEST_TYPE: "unit", CHROMIUM_PATH: "/nowhere/chromium", GOPANG_TEST_REDIS_SERVER: "/nowhere/redis-server" })
    expect(run.output).toContain("prerequisites present")
    expect(run.status).toBe(0)
  })
})
