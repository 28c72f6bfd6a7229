import fs from "node:fs"
import path from "node:path"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import type { AxiosInstance } from "axios"
import fc from "fast-check"
import middlewares from "../../../src/api/middlewares"
import type { ValidatingMiddleware } from "../../../src/api/utils/validate"
import { seedMarketplace } from "../../../src/scripts/seed"
import { DEFAULT_ADMIN_EMAIL } from "../../../src/scripts/seed/admin"
import { seedSellerEmail } from "../../../src/scripts/seed/sellers"
import { usePortOneTestServer } from "../../portone-server/harness"
import { gopangIntegrationTestRunner } from "../../helpers/runner"
import { joinAndLogin } from "../user/helpers"

/**
 * OWASP API4 (resource consumption) and API8 (misconfiguration): malformed input on every
 * `/api/v1` route, derived from the zod schemas the routes validate with, sent anonymously, as a
 * customer, as a seller, as the operator (admin) and with a forged token. Properties: no answer is a 5xx, and every 400 is
 * Korean and names a field.
 *
 * Cases are drawn with `fc.sample` under a fixed seed and all of them are sent (a few at a time),
 * so one run reports every violation at once instead of the first one shrunk.
 */

jest.setTimeout(240 * 1000)

/** Fixed, so a failure replays; GOPANG_FUZZ_SEED explores other draws by hand. */
const SEED = Number(process.env.GOPANG_FUZZ_SEED) || 20261129
const CASES_PER_SCHEMA_ROUTE = 5
const CASES_PER_PLAIN_ROUTE = 2
const CONCURRENCY = 6
const SELLER_PASSWORD = "fuzz-seller-password-1"
const ADMIN_PASSWORD = "fuzz-admin-password-1"
const ROUTES_DIR = path.resolve(__dirname, "../../../src/api/api/v1")
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
const HANGUL = /[\uAC00-\uD7A3]/

type Method = (typeof HTTP_METHODS)[number]
type Actor = "anonymous" | "customer" | "seller" | "admin" | "forged"
const ACTORS: Actor[] = ["anonymous", "customer", "seller", "admin", "forged"]

/** The part of JSON Schema that `z.toJSONSchema` writes for our validators. */
type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  format?: string
  pattern?: string
}

type Endpoint = {
  method: Method
  /** `/api/v1/items/[itemId]` */
  route: string
  params: string[]
  body?: JsonSchema
  query?: JsonSchema
}

type Case = {
  actor: Actor
  method: Method
  url: string
  /** A JSON value, or a raw (possibly broken) JSON text. */
  body?: { json: unknown } | { raw: string }
  /** Every key the request carried or its schemas declare, for "the 400 names a field". */
  keys: string[]
}

// ---------------------------------------------------------------------------------------------
// Routes: the route files on disk, and the schemas their middlewares validate with.

function walkRoutes(dir: string): { route: string; methods: Method[] }[] {
  const found: { route: string; methods: Method[] }[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      found.push(...walkRoutes(full))
    } else if (entry.name === "route.ts") {
      const source = fs.readFileSync(full, "utf8")
      const methods = HTTP_METHODS.filter((m) =>
        new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(source)
      )
      const relative = path.relative(ROUTES_DIR, path.dirname(full)).split(path.sep).join("/")
      found.push({ route: `/api/v1${relative ? `/${relative}` : ""}`, methods })
    }
  }
  return found
}

/** `/api/v1/items/[itemId]` and `/api/v1/items/:id` both become `/api/v1/items/:`. */
const shape = (route: string) => route.replace(/\[[^\]]+\]/g, ":").replace(/:[A-Za-z_]+/g, ":")

function isValidating(fn: unknown): fn is ValidatingMiddleware {
  return typeof fn === "function" && "validates" in fn
}

function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema
}

function endpoints(): Endpoint[] {
  const configured = (middlewares.routes ?? []) as MiddlewareRoute[]
  return walkRoutes(ROUTES_DIR).flatMap(({ route, methods }) =>
    methods.map((method) => {
      const endpoint: Endpoint = { method, route, params: [...route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]) }
      for (const entry of configured) {
        const applies = !entry.methods || (entry.methods as string[]).includes(method)
        if (typeof entry.matcher !== "string" || !applies || shape(entry.matcher) !== shape(route)) {
          continue
        }
        for (const fn of entry.middlewares ?? []) {
          if (isValidating(fn)) {
            endpoint[fn.validates.source] = toJsonSchema(fn.validates.schema)
          }
        }
      }
      return endpoint
    })
  )
}

// ---------------------------------------------------------------------------------------------
// Malformed values, derived from a JSON schema.

const CONTROL = fc.constantFrom("\u0000", "\u0007", "\u001b[31m", "\r\n", "\u202e", "\ufeff", "\ud800", "\t\v\f")
const UNICODE = fc.constantFrom("가나다라", "𠜎𠜱𠝹", "👨‍👩‍👧‍👦", "Z̷̢͓̈́a̶l̸g̵o̴", "ﷺ", "ꙮ", "\u0301\u0301")
const SQLISH = fc.constantFrom("' OR '1'='1", "1; DROP TABLE product;--", "\" OR \"\"=\"", "1' UNION SELECT NULL--", "%27%20OR%201=1")
const TRAVERSAL = fc.constantFrom("../", "../../etc/passwd", "..%2F..%2F", "....//", "%2e%2e%2f", "..\\..\\", "/", "%00", ".")
const HUGE = fc.constantFrom(1_000, 10_000, 60_000).chain((n) => fc.constantFrom("x".repeat(n), "가".repeat(n)))

const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.tuple(fc.string({ maxLength: 5 }), CONTROL, fc.string({ maxLength: 5 })).map((p) => p.join("")),
  UNICODE,
  SQLISH,
  TRAVERSAL,
  HUGE
)

const nastyNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1, -0.0000001)
)

/** Anything JSON can carry, nested a few levels deep. */
const nestedGarbage: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    nastyNumber,
    nastyString,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "$where")), tie("node"), {
      maxKeys: 4,
    })
  ),
})).node

const garbage = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  nastyNumber,
  nastyString,
  fc.constant([]),
  fc.constant({}),
  fc.array(nestedGarbage, { maxLength: 3 }),
  nestedGarbage
)

function types(schema: JsonSchema): string[] {
  return schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]
}

/** One alternative of a union, or the schema itself. */
function branch(schema: JsonSchema): JsonSchema {
  const alternatives = schema.anyOf ?? schema.oneOf
  if (alternatives?.length) {
    return alternatives.find((a) => !types(a).includes("null")) ?? alternatives[0]
  }
  if (schema.allOf?.length) {
    return schema.allOf.reduce<JsonSchema>((all, part) => ({ ...all, ...part }), {})
  }
  return schema
}

/** A plausible valid value, so that a mutation is the only thing wrong with a request. */
function plausible(input: JsonSchema): unknown {
  const schema = branch(input)
  if (schema.const !== undefined) {
    return schema.const
  }
  if (schema.enum?.length) {
    return schema.enum[0]
  }
  const [type] = types(schema)
  switch (type) {
    case "string":
      if (schema.format === "email") {
        return "fuzz@gopang.test"
      }
      if (schema.format === "uri" || schema.format === "url") {
        return "https://gopang.test/fuzz"
      }
      return "가".repeat(Math.max(schema.minLength ?? 1, 1))
    case "integer":
    case "number": {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1)
      return Math.min(Math.max(low, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER)
    }
    case "boolean":
      return true
    case "null":
      return null
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => plausible(schema.items ?? {}))
    case "object": {
      const value: Record<string, unknown> = {}
      for (const key of schema.required ?? []) {
        value[key] = plausible(schema.properties?.[key] ?? {})
      }
      return value
    }
    default:
      return "fuzz"
  }
}

/** Values this schema must refuse: wrong types, bounds crossed, and garbage of every kind. */
function wrongValue(input: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const schema = branch(input)
  const type = types(schema)[0]
  const specific: fc.Arbitrary<unknown>[] = []
  if (type === "string") {
    specific.push(nastyNumber, fc.boolean(), fc.constant(["a"]), fc.constant({ a: "b" }))
    if (schema.maxLength !== undefined) {
      specific.push(fc.constant("x".repeat(schema.maxLength + 1)), fc.constant("가".repeat(schema.maxLength + 1)))
    }
    if ((schema.minLength ?? 0) > 0) {
      specific.push(fc.constant(""), fc.constant(" ".repeat(schema.minLength ?? 1)))
    }
    if (schema.enum || schema.pattern || schema.format) {
      specific.push(nastyString)
    }
  } else if (type === "integer" || type === "number") {
    specific.push(nastyString, fc.constant("1"), fc.constant(true), fc.constant([1]))
    if (type === "integer") {
      specific.push(fc.constant(1.5), fc.constant(1e21))
    }
    if (schema.minimum !== undefined) {
      specific.push(fc.constant(schema.minimum - 1), fc.constant(-Number.MAX_VALUE))
    }
    if (schema.maximum !== undefined) {
      specific.push(fc.constant(schema.maximum < Number.MAX_SAFE_INTEGER ? schema.maximum + 1 : 1e300))
    }
  } else if (type === "boolean") {
    specific.push(fc.constantFrom("true", "yes", 1, 0, "거짓"))
  } else if (type === "array") {
    specific.push(fc.constant({ 0: "a" }), nastyString)
    if (schema.maxItems !== undefined) {
      const item = plausible(schema.items ?? {})
      specific.push(fc.constant(Array.from({ length: schema.maxItems + 1 }, () => item)))
    } else {
      // No maxItems: how does the route cope with a long list?
      specific.push(fc.constant(Array.from({ length: 2_000 }, () => plausible(schema.items ?? {}))))
    }
    if ((schema.minItems ?? 0) > 0) {
      specific.push(fc.constant([]))
    }
    if (schema.items && depth < 4) {
      specific.push(wrongValue(schema.items, depth + 1).map((item) => [item]))
    }
  } else if (type === "object") {
    specific.push(fc.array(garbage, { maxLength: 3 }), nastyString)
    if (depth < 4) {
      specific.push(malformedObject(schema, depth + 1))
    }
  }
  return specific.length ? fc.oneof(fc.oneof(...specific), garbage) : garbage
}

/** The schema's plausible object with exactly one thing wrong (or replaced by garbage). */
function malformedObject(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const base = (plausible(schema) ?? {}) as Record<string, unknown>
  const properties = schema.properties ?? {}
  const keys = Object.keys(properties)
  const required = schema.required ?? []
  const mutations: fc.Arbitrary<unknown>[] = [garbage.filter((v) => typeof v !== "object" || v === null || Array.isArray(v))]
  if (keys.length) {
    mutations.push(
      fc.constantFrom(...keys).chain((key) => wrongValue(properties[key], depth).map((value) => ({ ...base, [key]: value })))
    )
  }
  if (required.length) {
    mutations.push(
      fc.constantFrom(...required).map((key) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key)))
    )
  }
  if (schema.additionalProperties === false || !keys.length) {
    const extraKey = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "isAdmin", "id", "customer_id", "seller_id"))
    mutations.push(
      fc.tuple(extraKey, garbage).map(([key, value]) => ({ ...base, [key]: value })).filter((v) => Object.keys(v).some((k) => !(k in properties)))
    )
  }
  return fc.oneof(...mutations)
}

const BROKEN_JSON = fc.constantFrom('{"a":', "[1,2", '{"a":1}}', "\u0000", "nul", '{"__proto__":{"admin":true}}', "{".repeat(5_000), '"' + "x".repeat(10) )

function bodyFor(endpoint: Endpoint): fc.Arbitrary<Case["body"]> {
  const json = endpoint.body ? malformedObject(branch(endpoint.body)) : garbage
  return fc.oneof(
    { arbitrary: json.map((value) => ({ json: value })), weight: 8 },
    { arbitrary: BROKEN_JSON.map((raw) => ({ raw })), weight: 1 }
  )
}

// ---------------------------------------------------------------------------------------------
// Malformed query strings and path ids.

type Pair = [string, string]

function scalarText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value) ?? ""
}

const queryText = fc.oneof(nastyString, fc.constantFrom("-1", "0", "1.5", "1e309", "NaN", "99999999999999999999999", "true", "null", ""))

function queryFor(endpoint: Endpoint): fc.Arbitrary<Pair[]> {
  const random = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), queryText), { maxLength: 3 })
  const schema = endpoint.query ? branch(endpoint.query) : undefined
  const keys = Object.keys(schema?.properties ?? {})
  if (!schema || !keys.length) {
    return endpoint.method === "GET" ? random : fc.oneof(fc.constant<Pair[]>([]), random)
  }
  const base: Pair[] = Object.entries((plausible(schema) ?? {}) as Record<string, unknown>).map(([k, v]) => [k, scalarText(v)])
  const key = fc.constantFrom(...keys)
  return fc.oneof(
    // One field given a wrong text.
    fc.tuple(key, queryText).map(([k, v]) => [...base.filter(([b]) => b !== k), [k, v]] as Pair[]),
    // One field given twice (an array) or as an object (`k[a]=1`).
    fc.tuple(key, queryText).map(([k, v]) => [...base, [k, v], [k, v]] as Pair[]),
    fc.tuple(key, fc.string({ maxLength: 6 }), queryText).map(([k, sub, v]) => [...base, [`${k}[${sub}]`, v]] as Pair[]),
    // Unknown keys, garbage only.
    random.map((pairs) => [...base, ...pairs]),
    random
  )
}

const pathId = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom("prod_01JFUZZ000000000000000000", "order_01JFUZZ0000000000000000", "0", "-1", "null", "undefined", "NaN"),
  TRAVERSAL,
  SQLISH,
  UNICODE,
  CONTROL,
  fc.constantFrom(2_000, 9_000).map((n) => "i".repeat(n))
)

/** Percent-encoding that also sends lone surrogates, as the invalid UTF-8 bytes of one. */
function encode(value: string): string {
  return Array.from(value, (char) => {
    try {
      return encodeURIComponent(char)
    } catch {
      return "%ED%A0%80"
    }
  }).join("")
}

function encodeSegment(value: string, raw: boolean): string {
  // Some ids go out unencoded so that `../` reaches the router as it is.
  return raw && /^[./\\a-z]+$/i.test(value) ? value : encode(value)
}

/** Every property name a schema declares, nested ones included: a 400 may name a missing field. */
function fieldNames(schema: JsonSchema | undefined): string[] {
  if (!schema) {
    return []
  }
  const parts = [schema.items, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]
  return [
    ...Object.keys(schema.properties ?? {}),
    ...Object.values(schema.properties ?? {}).flatMap(fieldNames),
    ...parts.flatMap(fieldNames),
  ]
}

function caseFor(endpoint: Endpoint): fc.Arbitrary<Omit<Case, "actor">> {
  const ids = fc.tuple(...endpoint.params.map(() => fc.tuple(pathId, fc.boolean())))
  const hasBody = endpoint.method !== "GET"
  return fc
    .record({
      ids,
      query: queryFor(endpoint),
      body: hasBody ? bodyFor(endpoint) : fc.constant(undefined),
    })
    .map(({ ids: values, query, body }) => {
      let i = 0
      const pathname = endpoint.route.replace(/\[[^\]]+\]/g, () => {
        const [value, raw] = values[i++]
        return encodeSegment(value || "x", raw)
      })
      const search = query.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&")
      const bodyKeys =
        body && "json" in body && body.json && typeof body.json === "object" ? Object.keys(body.json as object) : []
      return {
        method: endpoint.method,
        url: search ? `${pathname}?${search}` : pathname,
        body,
        keys: [
          ...endpoint.params,
          ...query.map(([k]) => k.replace(/\[.*$/, "")),
          ...bodyKeys,
          ...fieldNames(endpoint.body),
          ...fieldNames(endpoint.query),
        ],
      }
    })
}

// ---------------------------------------------------------------------------------------------

/** Routes that end the caller's own session or account: fuzzed anonymously only. */
const SESSION_ENDERS = new Set(["PUT /api/v1/user/logout", "DELETE /api/v1/user/secession", "PUT /api/v1/seller/logout", "DELETE /api/v1/seller/secession"])

function cases(list: Endpoint[]): Case[] {
  const all: Case[] = []
  list.forEach((endpoint, index) => {
    const runs = endpoint.body || endpoint.query ? CASES_PER_SCHEMA_ROUTE : CASES_PER_PLAIN_ROUTE
    ACTORS.forEach((actor, a) => {
      if (actor !== "anonymous" && SESSION_ENDERS.has(`${endpoint.method} ${endpoint.route}`)) {
        return
      }
      const sample = fc.sample(caseFor(endpoint), { seed: SEED + index * ACTORS.length + a, numRuns: runs })
      all.push(...sample.map((c) => ({ ...c, actor })))
    })
  })
  return all
}

function preview(value: unknown, max = 300): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value)
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text
}

const usedPortOne = usePortOneTestServer({ timeoutMs: 3_000, slowResponseMs: 6_000 })

gopangIntegrationTestRunner({
  database: "seeded",
  env: { GOPANG_SELLER_PASSWORD: SELLER_PASSWORD, GOPANG_ADMIN_PASSWORD: ADMIN_PASSWORD },
  testSuite: ({ api, getContainer }) => {
    let http: AxiosInstance
    const tokens: Partial<Record<Actor, string>> = {}

    beforeAll(async () => {
      http = api as AxiosInstance
      process.env.GOPANG_SELLER_PASSWORD = SELLER_PASSWORD
      process.env.GOPANG_ADMIN_PASSWORD = ADMIN_PASSWORD
      const seed = await seedMarketplace(getContainer())
      tokens.customer = (await joinAndLogin(http, "fuzz@gopang.test")).token
      const [sellerKey] = Object.keys(seed.sellerIdsByKey)
      const login = await http.post(
        "/api/v1/seller/login",
        { email: seedSellerEmail(sellerKey), password: SELLER_PASSWORD },
        { validateStatus: () => true }
      )
      expect(login.status).toEqual(200)
      tokens.seller = login.data.data.token
      const admin = await http.post(
        "/auth/user/emailpass",
        { email: DEFAULT_ADMIN_EMAIL, password: ADMIN_PASSWORD },
        { validateStatus: () => true }
      )
      expect(admin.status).toEqual(200)
      tokens.admin = admin.data.token
      tokens.forged = "eyJhbGciOiJub25lIn0.eyJhY3Rvcl90eXBlIjoiY3VzdG9tZXIiLCJhY3Rvcl9pZCI6ImN1c18xIn0."
    })

    it("derives a schema for every validated /api/v1 route", () => {
      const list = endpoints()
      expect(list.length).toBeGreaterThan(60)
      // Every validator the middlewares wire up belongs to a route file that exists.
      const validated = ((middlewares.routes ?? []) as MiddlewareRoute[]).filter(
        (r) => typeof r.matcher === "string" && r.matcher.startsWith("/api/v1") && (r.middlewares ?? []).some(isValidating)
      )
      const known = new Set(list.map((e) => shape(e.route)))
      expect(validated.map((r) => r.matcher).filter((m) => !known.has(shape(String(m))))).toEqual([])
      expect(list.filter((e) => e.body || e.query).length).toBeGreaterThan(30)
    })

    it("answers malformed requests without a 5xx, and every 400 in Korean naming a field", async () => {
      expect(usedPortOne.server()).toBeDefined()
      const list = endpoints()
      const all = cases(list)
      const violations: string[] = []
      const statuses: Record<string, number> = {}
      const slowest: [number, string][] = []
      let next = 0
      const phaseStarted = Date.now()

      async function send(c: Case): Promise<void> {
        const token = c.actor === "anonymous" ? undefined : tokens[c.actor]
        const raw = c.body && "raw" in c.body
        const started = Date.now()
        const response = await http
          .request({
            method: c.method,
            url: c.url,
            data: c.body ? ("raw" in c.body ? c.body.raw : c.body.json) : undefined,
            headers: {
              ...(token ? { authorization: `Bearer ${token}` } : {}),
              ...(c.body ? { "content-type": "application/json" } : {}),
            },
            // Raw text goes out as it is; JSON values are stringified by us (null included).
            transformRequest: raw ? [(data: string) => data] : [(data: unknown) => (data === undefined ? data : JSON.stringify(data))],
            validateStatus: () => true,
            timeout: 30_000,
          })
          .catch((error: Error) => ({ status: 0, data: error.message }))
        statuses[response.status] = (statuses[response.status] ?? 0) + 1
        slowest.push([Date.now() - started, `${c.actor} ${c.method} ${preview(c.url, 80)}`])
        const describe = () =>
          `${c.actor} ${c.method} ${preview(c.url, 200)} body=${preview(c.body ? ("raw" in c.body ? c.body.raw : c.body.json) : "")} → ${response.status} ${preview(response.data)}`
        if (response.status === 0 || response.status >= 500) {
          violations.push(`5xx/no answer: ${describe()}`)
          return
        }
        // `..` and `\` are resolved by the client: what left /api/v1 answers in Medusa's own format.
        const reached = new URL(c.url, "http://gopang.test").pathname
        if (response.status === 400 && /^\/api\/v1(\/|$)/.test(reached)) {
          const data = response.data as { error?: { message?: string; fields?: string[]; details?: object }; message?: string }
          const message = data?.error?.message ?? data?.message ?? ""
          if (!HANGUL.test(message)) {
            violations.push(`400 not in Korean: ${describe()}`)
          }
          const named =
            !!data?.error?.fields?.length ||
            (!!data?.error?.details && Object.keys(data.error.details).length > 0) ||
            c.keys.some((k) => k.length > 1 && message.includes(k))
          if (!named) {
            violations.push(`400 names no field: ${describe()}`)
          }
        }
      }

      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < all.length) {
            await send(all[next++])
          }
        })
      )

      slowest.sort((a, b) => b[0] - a[0])
      console.log(
        `fuzz seed=${SEED} requests=${all.length} in ${Date.now() - phaseStarted} ms, routes=${list.length} ` +
          `(with a schema: ${list.filter((e) => e.body || e.query).length}) statuses=${JSON.stringify(statuses)} slowest=${JSON.stringify(slowest.slice(0, 5))}`
      )
      expect(all.length).toBeGreaterThanOrEqual(1_000)
      expect(violations).toEqual([])
    })
  },
})
