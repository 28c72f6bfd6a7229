import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startPortOneTestServer, type PortOneTestServer } from "./server"

/**
 * Shared by the PortOne spec files: the test server wired into the app's environment, a log
 * recorder, and the scan that proves no card data reached a table or a log line.
 */

/** A card whose every part is distinctive enough to be searched for. */
export const TEST_CARD = {
  number: "5327-5012-3456-7890",
  expiry: "2031-07",
  birth: "880214",
  password2: "37",
  cvc: "491",
} as const

export const CARD = {
  approved: TEST_CARD.number,
  declined: "4000-0000-0000-0002",
  failedInside200: "4000-0000-0000-0010",
  slow: "4000-0000-0000-0028",
  serverError: "4000-0000-0000-0036",
  reset: "4000-0000-0000-0044",
} as const

/**
 * Starts the test server and points the provider at it. Call at the top level of a spec file,
 * before `medusaIntegrationTestRunner`, so its `beforeAll` runs before the app boots and reads
 * medusa-config.ts.
 */
export function usePortOneTestServer(options: { timeoutMs: number; slowResponseMs: number }): { server: () => PortOneTestServer } {
  let server: PortOneTestServer | undefined
  const saved = { ...process.env }
  beforeAll(async () => {
    server = await startPortOneTestServer({ slowResponseMs: options.slowResponseMs })
    Object.assign(process.env, server.providerEnv(), {
      PORTONE_TIMEOUT_MS: String(options.timeoutMs),
      PAYMENT_WEBHOOK_DELAY_MS: "50",
    })
  })
  afterAll(async () => {
    await server?.stop()
    for (const key of Object.keys(process.env)) {
      if ((key.startsWith("PORTONE_") || key === "PAYMENT_WEBHOOK_DELAY_MS") && !(key in saved)) {
        delete process.env[key]
      }
    }
  })
  return {
    server: () => {
      if (!server) {
        throw new Error("the PortOne test server is not started yet")
      }
      return server
    },
  }
}

/** Records every logger call (whatever the log level) and every console call. */
export class LogRecorder {
  readonly lines: string[] = []
  private restore: (() => void)[] = []

  attach(container: MedusaContainer): void {
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    for (const level of ["info", "warn", "error", "debug", "log", "http", "verbose", "activity", "failure", "success"] as const) {
      const original = logger[level]
      if (typeof original !== "function") {
        continue
      }
      const recorder = this
      const wrapped = function (this: Logger, ...args: unknown[]) {
        recorder.lines.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "))
        return (original as (...a: unknown[]) => unknown).apply(this, args)
      }
      ;(logger as unknown as Record<string, unknown>)[level] = wrapped
      this.restore.push(() => {
        ;(logger as unknown as Record<string, unknown>)[level] = original
      })
    }
    // console.* rather than process.stdout: Jest's own reporter writes there, and a failed
    // assertion's diff would then count as a leak of ours.
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      const original = console[method]
      const recorder = this
      console[method] = function (...args: unknown[]) {
        recorder.lines.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "))
        return original.apply(console, args)
      }
      this.restore.push(() => {
        console[method] = original
      })
    }
  }

  detach(): void {
    this.restore.forEach((undo) => undo())
    this.restore = []
  }
}

/** The values that must never be stored or logged, in every spelling we send them. */
export function cardNeedles(card: { number: string; expiry: string; birth?: string; password2?: string; cvc?: string }): RegExp[] {
  const digits = card.number.replace(/\D/g, "")
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")
  const needles = [
    new RegExp(escape(digits)),
    new RegExp(escape(card.number)),
    new RegExp(escape(card.expiry)),
    new RegExp(escape(card.expiry.replace("-", ""))),
    // A card part next to its field name, in any JSON or form spelling. The names alone may
    // appear (a validation message names the field), the values may not.
    // Quotes may come doubled or escaped (a jsonb value inside a row literal).
    /(pwd_2digit|password2|cvc)[\\"]*\s*[:=]\s*[\\"]*\d{2}|card_number[\\"]*\s*[:=]\s*[\\"]*\d{4}-?\d{4}-?\d{4}/,
  ]
  if (card.birth) {
    needles.push(new RegExp(escape(card.birth)))
  }
  if (card.password2) {
    // Two digits alone are everywhere (ids, amounts); as a JSON string value they are not.
    needles.push(new RegExp(`"${escape(card.password2)}"`))
  }
  if (card.cvc) {
    needles.push(new RegExp(`"${escape(card.cvc)}"`))
  }
  return needles
}

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/** Every row of every table in the test database as text, searched for the needles. */
export async function scanDatabase(db: Knex, needles: RegExp[]): Promise<string[]> {
  const { rows: tables } = await db.raw(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
  )
  const hits: string[] = []
  for (const { table_name } of tables) {
    const { rows } = await db.raw(`SELECT t::text AS row FROM "${String(table_name)}" t`)
    for (const { row } of rows) {
      for (const needle of needles) {
        if (needle.test(String(row))) {
          hits.push(`${String(table_name)}: matches ${needle}`)
        }
      }
    }
  }
  return hits
}

export function scanLines(lines: string[], needles: RegExp[]): string[] {
  return lines.flatMap((line, index) => needles.filter((needle) => needle.test(line)).map((needle) => `log line ${index} matches ${needle}`))
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error("condition not met in time")
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
