#!/usr/bin/env node
"use strict"
/**
 * Placing an order: Gopang's POST /api/v1/order (validate, cart per seller, reserve, PortOne
 * charge, order, events — all in one request) against Medusa's own POST /store/carts/{id}/complete
 * for an equivalent single-seller cart that was prepared beforehand (item, address, shipping
 * method, payment session of Medusa's system provider). Same server, same data, one run,
 * one request at a time, so the medians compare the work of one order.
 *
 *   GOPANG_URL=http://localhost:9000 PUBLISHABLE_KEY=pk_… GOPANG_ADMIN_PASSWORD=… node bench/order.js
 *
 * Needs `npm start` in PortOne demo mode (the local PortOne test server charges the test card).
 * The admin login enables Medusa's system payment provider in the region and raises the bench
 * variant's stock; both are left that way (it is a demo database).
 */
const autocannon = require("autocannon")
const fs = require("node:fs")
const path = require("node:path")

const base = process.env.GOPANG_URL || "http://localhost:9000"
const key = process.env.PUBLISHABLE_KEY
const amount = Number(process.env.ORDERS || 30)
const adminEmail = process.env.GOPANG_ADMIN_EMAIL || "admin@gopang.local"
const secretsFile = path.join(__dirname, "..", ".data", "secrets.json")
const adminPassword =
  process.env.GOPANG_ADMIN_PASSWORD || (fs.existsSync(secretsFile) ? JSON.parse(fs.readFileSync(secretsFile, "utf8")).GOPANG_ADMIN_PASSWORD : undefined)
const CARD = { number: "5327-5012-3456-7890", expiry: "2031-07", birth: "880214", password2: "37" }
const RECEIVER = { name: "김고팡", phone: "010-1234-5678", zipCode: "05510", address: "서울특별시 송파구 송파대로 570" }

if (!/^https?:\/\/(localhost|127\.|\[::1\])/.test(base)) {
  throw new Error("bench targets this machine only (localhost / 127.0.0.0/8)")
}
if (!key || !adminPassword) {
  throw new Error("PUBLISHABLE_KEY and the admin password (GOPANG_ADMIN_PASSWORD or .data/secrets.json) are required")
}

async function call(method, url, { token, body, store = false } = {}) {
  const headers = { "content-type": "application/json" }
  if (token) headers.authorization = `Bearer ${token}`
  if (store) headers["x-publishable-api-key"] = key
  const response = await fetch(`${base}${url}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
  const text = await response.text()
  const json = text ? JSON.parse(text) : {}
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`)
  return json
}

async function setup() {
  const admin = (await call("POST", "/auth/user/emailpass", { body: { email: adminEmail, password: adminPassword } })).token
  const { regions } = await call("GET", "/admin/regions?currency_code=krw&fields=id,*payment_providers", { token: admin })
  const region = regions[0]
  const providers = new Set((region.payment_providers ?? []).map((p) => p.id))
  providers.add("pp_system_default")
  await call("POST", `/admin/regions/${region.id}`, { token: admin, body: { payment_providers: [...providers] } })

  // A variant in stock of an active seller's product, with stock raised for both runs.
  const items = (await call("GET", "/api/v1/items?size=50&sort=latest")).data
  let variantId
  for (const item of items) {
    const detail = (await call("GET", `/api/v1/items/${item.itemId}`)).data
    const inStock = (detail.variants ?? []).find((v) => v.inStock)
    if (inStock) {
      variantId = inStock.variantId
      break
    }
  }
  if (!variantId) throw new Error("no variant in stock found")
  const { variants } = await call("GET", `/admin/product-variants?id=${variantId}&fields=id,*inventory_items`, { token: admin }).catch(() => ({ variants: [] }))
  const inventoryItemId = variants?.[0]?.inventory_items?.[0]?.inventory_item_id
  if (inventoryItemId) {
    const { inventory_levels } = await call("GET", `/admin/inventory-items/${inventoryItemId}/location-levels`, { token: admin })
    for (const level of inventory_levels) {
      await call("POST", `/admin/inventory-items/${inventoryItemId}/location-levels/${level.location_id}`, {
        token: admin,
        body: { stocked_quantity: 100000 },
      })
    }
  }

  const email = `bench-${Date.now()}@gopang.test`
  const password = "bench-password-1"
  const registered = await call("POST", "/auth/customer/emailpass/register", { body: { email, password } })
  await call("POST", "/store/customers", { token: registered.token, store: true, body: { email, first_name: "고팡", last_name: "김" } })
  const customer = (await call("POST", "/auth/customer/emailpass", { body: { email, password } })).token
  return { regionId: region.id, variantId, customer, email }
}

/** The total the shop shows for one unit (items + the seller's delivery fee), read from /api/v1/cart. */
async function quote(customer, variantId) {
  await call("DELETE", "/api/v1/cart/items", { token: customer })
  await call("POST", "/api/v1/cart/items", { token: customer, body: { variantId, quantity: 1 } })
  const cart = (await call("GET", "/api/v1/cart", { token: customer })).data
  await call("DELETE", "/api/v1/cart/items", { token: customer })
  return cart.totals.total
}

async function medusaCart({ regionId, variantId, customer, email }) {
  const opts = { token: customer, store: true }
  const { cart } = await call("POST", "/store/carts", { ...opts, body: { region_id: regionId, email } })
  await call("POST", `/store/carts/${cart.id}/line-items`, { ...opts, body: { variant_id: variantId, quantity: 1 } })
  await call("POST", `/store/carts/${cart.id}`, {
    ...opts,
    body: {
      shipping_address: { first_name: "고팡", last_name: "김", address_1: RECEIVER.address, city: "서울", postal_code: RECEIVER.zipCode, country_code: "kr", phone: RECEIVER.phone },
    },
  })
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, opts)
  const option = shipping_options.find((o) => !o.is_return) ?? shipping_options[0]
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { ...opts, body: { option_id: option.id } })
  const { payment_collection } = await call("POST", "/store/payment-collections", { ...opts, body: { cart_id: cart.id } })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { ...opts, body: { provider_id: "pp_system_default" } })
  return cart.id
}

function run(title, { method, paths, body, headers }) {
  let i = 0
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections: 1,
        amount: paths.length,
        timeout: 60,
        requests: [
          {
            method,
            setupRequest: (req) => {
              const n = i++
              return {
                ...req,
                path: paths[n],
                headers: { ...req.headers, "content-type": "application/json", ...headers(n) },
                body: body ? JSON.stringify(body) : undefined,
              }
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error)
        if (result.non2xx) return reject(new Error(`${title}: ${result.non2xx} non-2xx answers`))
        resolve({ title, n: result.requests.total, p50: result.latency.p50, p99: result.latency.p99 })
      }
    )
  })
}

async function main() {
  const ctx = await setup()
  const total = await quote(ctx.customer, ctx.variantId)
  console.log(`variant ${ctx.variantId}, one unit, total ${total} KRW; ${amount} orders each, one at a time`)

  const cartIds = []
  for (let n = 0; n < amount; n++) cartIds.push(await medusaCart(ctx))

  const runId = Date.now()
  const ours = await run("POST /api/v1/order", {
    method: "POST",
    paths: Array.from({ length: amount }, () => "/api/v1/order"),
    body: { items: [{ variantId: ctx.variantId, amount: 1 }], receiver: RECEIVER, amount: total, payment: { method: "card", card: CARD } },
    headers: (n) => ({ authorization: `Bearer ${ctx.customer}`, "idempotency-key": `bench-${runId}-${n}` }),
  })
  const medusa = await run("POST /store/carts/{id}/complete", {
    method: "POST",
    paths: cartIds.map((id) => `/store/carts/${id}/complete`),
    headers: () => ({ authorization: `Bearer ${ctx.customer}`, "x-publishable-api-key": key }),
  })
  for (const r of [ours, medusa]) {
    console.log(`${r.title.padEnd(32)} n=${r.n}   p50 ${r.p50} ms   p99 ${r.p99} ms`)
  }
  console.log(`ratio (ours / Medusa median): ${(ours.p50 / medusa.p50).toFixed(2)}`)
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
