import { spawn } from "node:child_process"
import crypto from "node:crypto"
import path from "node:path"
import { httpSecretsFromEnv, InsecureSecretError, MIN_SECRET_LENGTH } from "../secrets"

const ROOT = path.resolve(__dirname, "..", "..", "..")
const strong = () => crypto.randomBytes(32).toString("hex")

describe("httpSecretsFromEnv", () => {
  const production = (env: Record<string, string | undefined>) =>
    httpSecretsFromEnv({ NODE_ENV: "production", ...env }, ["node", "medusa", "start"])

  it("takes strong secrets in production", () => {
    const [jwt, cookie] = [strong(), strong()]
    expect(production({ JWT_SECRET: jwt, COOKIE_SECRET: cookie })).toEqual({ jwtSecret: jwt, cookieSecret: cookie })
  })

  it.each([
    ["missing", undefined, "JWT_SECRET is not set"],
    ["Medusa's default", "supersecret", "JWT_SECRET is a well-known default"],
    ["a default in capitals", "SuperSecret", "JWT_SECRET is a well-known default"],
    ["short", "a".repeat(MIN_SECRET_LENGTH - 1), `JWT_SECRET is shorter than ${MIN_SECRET_LENGTH} characters`],
  ])("refuses a %s JWT secret in production", (_case, value, message) => {
    expect(() => production({ JWT_SECRET: value, COOKIE_SECRET: strong() })).toThrow(InsecureSecretError)
    expect(() => production({ JWT_SECRET: value, COOKIE_SECRET: strong() })).toThrow(message)
  })

  it("refuses a weak cookie secret in production", () => {
    expect(() => production({ JWT_SECRET: strong(), COOKIE_SECRET: "supersecret" })).toThrow("COOKIE_SECRET")
  })

  it("lets `medusa build` and development run without secrets", () => {
    expect(httpSecretsFromEnv({ NODE_ENV: "production" }, ["node", "medusa", "build"]).jwtSecret).toBeTruthy()
    expect(httpSecretsFromEnv({ NODE_ENV: "development" }, ["node", "medusa", "develop"]).jwtSecret).toBeTruthy()
  })
})

/**
 * `medusa start`, server or worker, as a container would run it; resolves when it exits or, once
 * it prints `until`, after stopping it.
 */
function medusaStart(env: Record<string, string>, until?: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "medusa"), ["start"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        NODE_ENV: "production",
        MEDUSA_DISABLE_TELEMETRY: "true",
        // Nothing listens there: a process that gets past its configuration fails on this instead.
        DATABASE_URL: "postgres://gopang@127.0.0.1:1/none",
        ...env,
      },
    })
    let output = ""
    const collect = (chunk: Buffer) => {
      output += chunk
      if (until && output.includes(until)) {
        child.kill("SIGKILL")
      }
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    const killer = setTimeout(() => child.kill("SIGKILL"), 90_000)
    child.on("exit", (status) => {
      clearTimeout(killer)
      resolve({ status, output })
    })
  })
}

describe("medusa start with production secrets", () => {
  jest.setTimeout(120_000)

  it.each([
    ["server", "shared", {}],
    ["worker", "worker", {}],
    ["server with Medusa's default secret", "server", { JWT_SECRET: "supersecret" }],
  ])("refuses to start: %s", async (_case, mode, env) => {
    const run = await medusaStart({ MEDUSA_WORKER_MODE: mode, COOKIE_SECRET: strong(), ...env })
    expect(run.status).not.toBe(0)
    expect(run.output).toContain("Gopang refuses to start: JWT_SECRET")
  })

  it("gets past the configuration with strong secrets", async () => {
    const run = await medusaStart({ JWT_SECRET: strong(), COOKIE_SECRET: strong() }, "Creating server")
    expect(run.output).not.toContain("refuses to start")
    expect(run.output).toContain("Creating server")
  })
})
