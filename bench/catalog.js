#!/usr/bin/env node
"use strict"
/**
 * Catalogue list: Gopang's GET /api/v1/items against Medusa's GET /store/products for the same
 * category and page size, on the same running server and data, one after the other.
 *
 *   GOPANG_URL=http://localhost:9000 PUBLISHABLE_KEY=pk_… node bench/catalog.js [category-handle]
 *
 * Loopback only; each run is bounded by DURATION seconds (default 10) per endpoint.
 */
const autocannon = require("autocannon")

const base = process.env.GOPANG_URL || "http://localhost:9000"
const key = process.env.PUBLISHABLE_KEY
const duration = Number(process.env.DURATION || 10)
const connections = Number(process.env.CONNECTIONS || 10)
const handle = process.argv[2] || "fashion-women-dress"

if (!/^https?:\/\/(localhost|127\.|\[::1\])/.test(base)) {
  throw new Error("bench targets this machine only (localhost / 127.0.0.0/8)")
}
if (!key) {
  throw new Error("PUBLISHABLE_KEY is required (npm start prints it)")
}

function run(title, url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers }, (error, result) => {
      if (error) return reject(error)
      if (result.non2xx) return reject(new Error(`${title}: ${result.non2xx} non-2xx answers`))
      resolve({ title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 })
    })
  })
}

async function main() {
  const categories = await (await fetch(`${base}/store/product-categories?handle=${handle}&fields=id`, {
    headers: { "x-publishable-api-key": key },
  })).json()
  const categoryId = categories.product_categories?.[0]?.id
  if (!categoryId) throw new Error(`category ${handle} not found`)

  const ours = await run("GET /api/v1/items", `${base}/api/v1/items?category=${categoryId}&sort=latest&size=20`)
  const medusa = await run(
    "GET /store/products",
    `${base}/store/products?category_id[]=${categoryId}&order=-created_at&limit=20`,
    { "x-publishable-api-key": key }
  )
  for (const r of [ours, medusa]) {
    console.log(`${r.title.padEnd(22)} ${r.rps.toFixed(1).padStart(8)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms`)
  }
  console.log(`ratio (ours / Medusa req/s): ${(ours.rps / medusa.rps).toFixed(2)}`)
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
