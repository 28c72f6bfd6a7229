import { httpSecretsFromEnv, InsecureSecretError, MIN_SECRET_LENGTH } from "../secrets"
import { medusaStart, strong } from "./medusa-start"

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

describe("medusa start with production secrets", () => {
  jest.setTimeout(120_000)

  it.each([
    ["server", "shared", {}],
    ["worker", "worker", {}],
    ["server with Medusa's default secret", "server", { JWT_SECRET: "supersecret" }],
  ])("refuses to start: %s", async (_case, mode, env) => {
    const run = await medusaStart({ MEDUSA_WORKER_MODE: mode, COOKIE_SECRET: strong(), PORTONE_DEMO: "true", ...env })
    expect(run.status).not.toBe(0)
    expect(run.output).toContain("Gopang refuses to start: JWT_SECRET")
  })

  it("gets past the configuration with strong secrets", async () => {
    const run = await medusaStart({ JWT_SECRET: strong(), COOKIE_SECRET: strong(), PORTONE_DEMO: "true" }, "Creating server")
    expect(run.output).not.toContain("refuses to start")
    expect(run.output).toContain("Creating server")
  })
})
