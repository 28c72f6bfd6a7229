import { PortOneNotConfiguredError, portOneOptionsForStart } from "../portone"
import { medusaStart, strong } from "./medusa-start"

const START = ["node", "medusa", "start"]
const V2 = { PORTONE_API_SECRET: "portone-v2-secret" }

describe("portOneOptionsForStart", () => {
  it("refuses `medusa start` in production without keys and without the demo switch, naming the variables", () => {
    for (const env of [{}, { PORTONE_DEMO: "false" }, { PORTONE_DEMO: "1" }]) {
      expect(() => portOneOptionsForStart({ NODE_ENV: "production", ...env }, START)).toThrow(PortOneNotConfiguredError)
    }
    expect(() => portOneOptionsForStart({ NODE_ENV: "production" }, START)).toThrow(
      /PORTONE_IMP_KEY and PORTONE_IMP_SECRET .*PORTONE_API_SECRET .*PORTONE_DEMO=true/
    )
    expect(() => portOneOptionsForStart({ NODE_ENV: "production", PORTONE_IMP_KEY: "imp_key" }, START)).toThrow(
      "PORTONE_IMP_KEY is set without PORTONE_IMP_SECRET"
    )
  })

  it("starts with keys (real PortOne), or without them only when demo mode is switched on", () => {
    expect(portOneOptionsForStart({ NODE_ENV: "production", ...V2 }, START)).toMatchObject({
      v2: { apiSecret: "portone-v2-secret", baseUrl: "https://api.portone.io" },
      demo: false,
    })
    expect(portOneOptionsForStart({ NODE_ENV: "production", PORTONE_DEMO: "true" }, START)).toBeUndefined()
  })

  it("leaves other commands and development alone", () => {
    expect(portOneOptionsForStart({ NODE_ENV: "production" }, ["node", "medusa", "db:migrate"])).toBeUndefined()
    expect(portOneOptionsForStart({ NODE_ENV: "production" }, ["node", "medusa", "exec", "./src/scripts/seed.js"])).toBeUndefined()
    expect(portOneOptionsForStart({ NODE_ENV: "development" }, ["node", "medusa", "develop"])).toBeUndefined()
    expect(portOneOptionsForStart({ NODE_ENV: "test" }, START)).toBeUndefined()
  })
})

describe("medusa start without PortOne keys", () => {
  jest.setTimeout(120_000)
  const secrets = () => ({ JWT_SECRET: strong(), COOKIE_SECRET: strong() })

  it.each([
    ["server", "shared"],
    ["worker", "worker"],
  ])("refuses to start: %s", async (_case, mode) => {
    const run = await medusaStart({ MEDUSA_WORKER_MODE: mode, ...secrets() })
    expect(run.status).not.toBe(0)
    expect(run.output).toContain("Gopang refuses to start: no PortOne keys")
    expect(run.output).toContain("PORTONE_DEMO=true")
  })

  it("gets past the configuration in demo mode switched on explicitly", async () => {
    const run = await medusaStart({ ...secrets(), PORTONE_DEMO: "true" }, "Creating server")
    expect(run.output).not.toContain("refuses to start")
    expect(run.output).toContain("Creating server")
  })
})
