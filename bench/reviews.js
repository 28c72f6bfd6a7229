#!/usr/bin/env node
"use strict"
/**
 * Product review page at scale: bulk-loads 10 k and 1 M reviews (two bench products in one
 * review table) straight into PostgreSQL with INSERT … SELECT generate_series (not the API),
 * brings each product's maintained summary row up to date, then measures
 * GET /api/v1/reviews/item (first page with the summary) for both with autocannon.
 *
 *   DATABASE_URL=postgres://localhost/gopang_bench GOPANG_URL=http://localhost:9100 node bench/reviews.js [load|run|all]
 *
 * `load` (re)creates the bench rows only, `run` only measures, `all` (default) does both. The
 * server must run on the same database (see README, "Reviews" › Bench). Loopback only; each
 * measurement lasts DURATION seconds (default 10) with CONNECTIONS connections (default 10).
 */
const autocannon = require("autocannon")
const { Client } = require("pg")

const base = process.env.GOPANG_URL || "http://localhost:9000"
const databaseUrl = process.env.DATABASE_URL
const duration = Number(process.env.DURATION || 10)
const connections = Number(process.env.CONNECTIONS || 10)
const mode = process.argv[2] || "all"

const SIZES = [
  { label: "10k", productId: "prod_bench_reviews_10k", count: 10_000 },
  { label: "1M", productId: "prod_bench_reviews_1m", count: 1_000_000 },
]
const CUSTOMERS = 5_000
const SUMMARY_COLUMNS = [
  "review_count",
  "rating_sum",
  ...[1, 2, 3, 4, 5].map((s) => `star_${s}`),
  ...[1, 2, 3, 4, 5].map((s) => `photo_star_${s}`),
]

if (!/^https?:\/\/(localhost|127\.|\[::1\])/.test(base)) {
  throw new Error("bench targets this machine only (localhost / 127.0.0.0/8)")
}

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1)

async function load(db) {
  const started = Date.now()
  await db.query(`delete from review_image where review_id like 'rev_bench_%'`)
  await db.query(`delete from review where id like 'rev_bench_%'`)
  await db.query(`delete from review_summary where product_id like 'prod_bench_reviews_%'`)
  await db.query(`delete from customer where id like 'cus_bench_%'`)
  // Reviewers with Korean names, so the page's name lookup and masking do real work.
  await db.query(
    `insert into customer (id, email, first_name, has_account)
     select 'cus_bench_' || g, 'bench' || g || '@gopang.bench',
            (array['김','이','박','최','정','강','조','윤'])[1 + g % 8] || (array['민규','서연','도윤','하은','지호','수아'])[1 + g % 6],
            true
     from generate_series(1, $1) g`,
    [CUSTOMERS]
  )
  for (const size of SIZES) {
    const t = Date.now()
    // Ratings skewed to 4–5, a fifth with photos, helpful votes long-tailed, two years of dates.
    await db.query(
      `insert into review (id, product_id, variant_id, order_id, line_item_id, customer_id, seller_id, title, content,
                           rating, helpful_count, not_helpful_count, status, has_photos, created_at, updated_at)
       select 'rev_bench_' || $1 || '_' || g, $2, null, 'order_bench_' || g, 'ordli_bench_' || $1 || '_' || g,
              'cus_bench_' || (1 + g % $4), null, '벤치 리뷰 ' || g, '배송이 빠르고 품질이 좋아요. 재구매 의사 있습니다. #' || g,
              (array[1,2,3,4,4,5,5,5,5,5])[1 + (g * 7) % 10],
              floor(power(random(), 6) * 500)::int, floor(random() * 5)::int,
              case when g % 97 = 0 then 'hidden' else 'published' end,
              g % 5 = 0,
              now() - (random() * interval '730 days'), now()
       from generate_series(1, $3) g`,
      [size.label, size.productId, size.count, CUSTOMERS]
    )
    await db.query(
      `insert into review_image (id, kind, rank, original_name, file_key, thumbnail_key, size, content_type, url, thumbnail_url, review_id)
       select 'revimg_' || r.id, 'main', 0, 'photo.jpg', 'reviews/' || r.id || '.jpg', 'reviews/' || r.id || '-thumb.webp',
              123456, 'image/jpeg', 'http://localhost:9000/static/reviews/' || r.id || '.jpg',
              'http://localhost:9000/static/reviews/' || r.id || '-thumb.webp', r.id
       from review r where r.product_id = $1 and r.has_photos`,
      [size.productId]
    )
    // The maintained aggregate, computed once for the loaded rows (the API keeps it by deltas).
    await db.query(
      `insert into review_summary (id, product_id, ${SUMMARY_COLUMNS.join(", ")})
       select 'revsum_bench_' || $2, $1, count(*)::int, coalesce(sum(rating), 0)::int,
              ${[1, 2, 3, 4, 5].map((s) => `count(*) filter (where rating = ${s})::int`).join(", ")},
              ${[1, 2, 3, 4, 5].map((s) => `count(*) filter (where rating = ${s} and has_photos)::int`).join(", ")}
       from review where product_id = $1 and status = 'published' and deleted_at is null`,
      [size.productId, size.label]
    )
    console.log(`loaded ${size.count.toLocaleString("en")} reviews for ${size.productId} in ${seconds(t)} s`)
  }
  await db.query(`analyze review`)
  await db.query(`analyze review_image`)
  console.log(`load finished in ${seconds(started)} s`)
}

function measure(title, url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration }, (error, result) => {
      if (error) return reject(error)
      if (result.non2xx) return reject(new Error(`${title}: ${result.non2xx} non-2xx answers`))
      resolve({ title, rps: result.requests.average, mean: result.latency.mean, p50: result.latency.p50, p99: result.latency.p99 })
    })
  })
}

async function run() {
  const results = []
  for (const sort of ["best", "latest"]) {
    for (const size of SIZES) {
      const url = `${base}/api/v1/reviews/item?itemId=${size.productId}&sort=${sort}&page=1&size=20`
      const first = await (await fetch(url)).json()
      if (!first.success || first.data.reviews.length !== 20) throw new Error(`unexpected answer for ${url}`)
      // warm-up, then the measured run
      await measure("warm-up", url).catch(() => undefined)
      const r = await measure(`${sort} ${size.label} (${first.data.summary.count.toLocaleString("en")} published)`, url)
      results.push({ ...r, sort, size: size.label })
      console.log(
        `${r.title.padEnd(36)} ${r.rps.toFixed(1).padStart(8)} req/s   mean ${r.mean.toFixed(1)} ms   p50 ${r.p50} ms   p99 ${r.p99} ms`
      )
    }
  }
  for (const sort of ["best", "latest"]) {
    const [small, large] = ["10k", "1M"].map((size) => results.find((r) => r.sort === sort && r.size === size))
    console.log(
      `${sort}: 1M / 10k mean latency ${(large.mean / small.mean).toFixed(2)}×, req/s ${(small.rps / large.rps).toFixed(2)}× (goal ≤ 1.5×)`
    )
  }
}

async function main() {
  if (mode !== "run") {
    if (!databaseUrl) throw new Error("DATABASE_URL is required to load")
    const db = new Client({ connectionString: databaseUrl })
    await db.connect()
    try {
      await load(db)
    } finally {
      await db.end()
    }
  }
  if (mode !== "load") {
    await run()
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
