import { Client } from "pg"
import { startPortOneTestServer, type PortOneTestServer } from "../portone-server/server"
import { type GopangServer, startGopangServer } from "./server"

/**
 * A new seller's first sale, black box, against a server started the way `npm start` starts it
 * (built, migrated — migration scripts included —, seeded, `medusa start`, PortOne in demo mode
 * against the local PortOne test server): a seller who joins after the seed is approved, lists
 * an item, a shopper orders it to Jeju through `/api/v1/order` at the amount the cart shows, the
 * seller ships it with a tracking number and marks it delivered, the shopper sees 배송완료,
 * returns it and gets the refund. Every amount in every answer along the way is whole won.
 * The store API's own checkout (js-sdk, the saga behind `/store/carts/:id/complete`) is
 * integration-tests/http/store/checkout.spec.ts; here the built server prices its 일반배송.
 */

jest.setTimeout(120_000)

type Json = Record<string, any>
type Answer = { status: number; body: Json; text: string }

const JEJU = { name: "김고팡", phone: "01012345678", zipCode: "63100", address: "제주특별자치도 제주시 첨단로 242", addressDetail: "101호" }
const CARD = { method: "card", card: { number: "5327-5012-3456-7890", expiry: "2031-07", birth: "880214", password2: "37" } }
const SELLER_EMAIL = "first-sale@seller.example.kr"
const SELLER_PASSWORD = "first-sale-password-1"
const SHOPPER_EMAIL = "first-buyer@example.kr"
const SHOPPER_PASSWORD = "gopang1234"
const PRICE = 29000
const DELIVERY_COST = 3000
const ISLAND_EXTRA = 3000
const RETURN_COST = 3000

/** Every number in an answer with its JSON path. */
function numbersIn(value: unknown, path = "$"): [string, number][] {
  if (typeof value === "number") {
    return [[path, value]]
  }
  if (Array.isArray(value)) {
    return value.flatMap((entry, i) => numbersIn(entry, `${path}[${i}]`))
  }
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, entry]) => numbersIn(entry, `${path}.${key}`))
  }
  return []
}

describe("a new seller's first sale, end to end", () => {
  let server: GopangServer
  let portone: PortOneTestServer
  let db: Client
  /** Every /api/v1 answer of the journey, for the whole-won walk at the end. */
  const answers: { what: string; body: Json; text: string }[] = []
  const startedAt = Date.now()

  async function call(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    })
    const text = await response.text()
    const body = text ? (JSON.parse(text) as Json) : {}
    if (path.startsWith("/api/v1")) {
      answers.push({ what: `${method} ${path} → ${response.status}`, body, text })
    }
    return { status: response.status, body, text }
  }

  /** Fails with the answer (and the server's last output) when the status is not the expected one. */
  function expectStatus(answer: Answer, status: number): void {
    if (answer.status !== status) {
      process.stdout.write(`[e2e] expected ${status}, got ${answer.status}: ${answer.text.slice(0, 2000)}\nserver:\n${server.output().slice(-3000)}\n`)
    }
    expect(answer.status).toEqual(status)
  }

  beforeAll(async () => {
    // As `npm start` without PortOne keys: the local PortOne test server, demo mode.
    portone = await startPortOneTestServer({})
    server = await startGopangServer({ env: { ...portone.providerEnv(), PORTONE_DEMO: "true" } })
    db = new Client({ connectionString: server.databaseUrl })
    await db.connect()
  }, 900_000)

  afterAll(async () => {
    await db?.end().catch(() => undefined)
    await server?.stop()
    await portone?.stop()
    process.stdout.write(`[e2e] journey took ${((Date.now() - startedAt) / 1000).toFixed(0)} s\n`)
  })

  it("joins, lists, sells to Jeju, ships, delivers, takes the return back and refunds it", async () => {
    // db:migrate ran the marketplace's migration scripts before the seed.
    const { rows: scripts } = await db.query<{ script_name: string; finished_at: Date | null }>(
      "SELECT script_name, finished_at FROM script_migrations WHERE script_name LIKE '20261129-0%' ORDER BY script_name"
    )
    expect(scripts.map((row) => [row.script_name.replace(/\.(ts|js)$/, ""), !!row.finished_at])).toEqual([
      ["20261129-01-marketplace-shipping-profile", true],
      ["20261129-02-ascii-item-handles", true],
    ])
    // Medusa's own empty default profile is there too: the trap sellers used to fall into.
    const { rows: profiles } = await db.query<{ id: string; name: string; options: string }>(
      `SELECT sp.id, sp.name, count(so.id)::text AS options FROM shipping_profile sp
         LEFT JOIN shipping_option so ON so.shipping_profile_id = sp.id AND so.deleted_at IS NULL
        WHERE sp.deleted_at IS NULL GROUP BY sp.id, sp.name`
    )
    const marketplace = profiles.find((profile) => profile.name === "고팡 기본 배송")!
    expect(marketplace).toBeDefined()
    expect(Number(marketplace.options)).toBeGreaterThan(0)
    // The migration script made it before the seed ran (the seed makes the region first, then
    // adopts the profile): it exists without the demo seed.
    const { rows: madeFirst } = await db.query<{ before_seed: boolean }>(
      `SELECT (SELECT created_at FROM shipping_profile WHERE id = $1) <
              (SELECT min(created_at) FROM region WHERE deleted_at IS NULL) AS before_seed`,
      [marketplace.id]
    )
    expect(madeFirst[0].before_seed).toBe(true)

    // 1. A seller joins after the seed; the operator approves.
    const joined = await call("POST", "/api/v1/seller/join", {
      body: {
        email: SELLER_EMAIL,
        password: SELLER_PASSWORD,
        name: "첫판매상점",
        representative_name: "이판매",
        phone_number: "010-2345-6789",
        business_type: "brand_owner",
        business_registration_number: "5128164700",
        delivery_policy: {
          forwarding_place: "서울특별시 중구 세종대로 110",
          delivery_jeju_mountain: true,
          jeju_mountain_extra_cost: ISLAND_EXTRA,
          courier_company: "CJ대한통운",
          delivery_way: "standard",
          delivery_cost: DELIVERY_COST,
          free_delivery_threshold: 100000,
          delivery_period: 2,
        },
        return_policy: { address: "서울특별시 중구 세종대로 110", return_delivery_cost: RETURN_COST, exchange_delivery_cost: 6000 },
        agreements: [
          { code: "SELLER", agreed: true },
          { code: "PRIVACY", agreed: true },
        ],
      },
    })
    expectStatus(joined, 201)
    const sellerId: string = joined.body.data.seller.id
    const operatorLogin = await fetch(`${server.url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: server.adminEmail, password: server.adminPassword }),
    })
    const operator = ((await operatorLogin.json()) as { token: string }).token
    const approved = await call("POST", `/admin/sellers/${sellerId}/approve`, { token: operator, body: {} })
    expectStatus(approved, 200)
    const sellerLogin = await call("POST", "/api/v1/seller/login", { body: { email: SELLER_EMAIL, password: SELLER_PASSWORD } })
    expectStatus(sellerLogin, 200)
    const seller: string = sellerLogin.body.data.token

    // 2. The seller lists a dress.
    const categories = await call("GET", "/api/v1/categories")
    expectStatus(categories, 200)
    type Node = { categoryId: string; children: Node[] }
    const leaf = (node: Node): Node => (node.children.length ? leaf(node.children[0]) : node)
    const categoryId = leaf(categories.body.data[0]).categoryId
    const listed = await call("POST", "/api/v1/seller/item", {
      token: seller,
      body: {
        title_name: "첫판매 원피스",
        item_label: "FIRST-DRESS-01",
        description: "린넨 원피스",
        category_ids: [categoryId],
        state: "on_sale",
        parallel_import: false,
        minor_purchasable: true,
        tax: "taxable",
        as_info: "판매자 고객센터 010-2345-6789",
        options: [{ title: "사이즈", values: ["S", "M"] }],
        variants: [
          { options: { 사이즈: "S" }, price: PRICE, stock: 5 },
          { options: { 사이즈: "M" }, price: PRICE, stock: 5 },
        ],
      },
    })
    expectStatus(listed, 201)
    const item = listed.body.data.item
    // A handle storefronts can route to, and the profile the shipping options belong to.
    expect(item.handle).toMatch(/^cheotpanmae-wonpiseu-[a-z0-9]{6}$/)
    const { rows: placedOn } = await db.query<{ shipping_profile_id: string }>(
      "SELECT shipping_profile_id FROM product_shipping_profile WHERE product_id = $1 AND deleted_at IS NULL",
      [item.id]
    )
    expect(placedOn.map((row) => row.shipping_profile_id)).toEqual([marketplace.id])
    const { rows: keys } = await db.query<{ token: string }>(
      "SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL LIMIT 1"
    )
    const storeProduct = await fetch(`${server.url}/store/products?handle=${item.handle}&fields=id,handle`, {
      headers: { "x-publishable-api-key": keys[0].token },
    })
    expect(storeProduct.status).toEqual(200)
    expect(((await storeProduct.json()) as { products: { id: string }[] }).products.map((p) => p.id)).toEqual([item.id])
    const variantM = item.variants.find((variant: { options: Record<string, string> }) => variant.options["사이즈"] === "M")
    // Medusa's store API offers the item 일반배송 (the profile's shipping option), priced per seller.
    const storeHeaders = { "content-type": "application/json", "x-publishable-api-key": keys[0].token }
    const regions = (await (await fetch(`${server.url}/store/regions`, { headers: storeHeaders })).json()) as { regions: { id: string }[] }
    const storeCart = await fetch(`${server.url}/store/carts`, {
      method: "POST",
      headers: storeHeaders,
      body: JSON.stringify({
        region_id: regions.regions[0].id,
        items: [{ variant_id: variantM.id, quantity: 1 }],
        shipping_address: { first_name: "고팡", address_1: JEJU.address, postal_code: JEJU.zipCode, country_code: "kr" },
      }),
    })
    expect(storeCart.status).toEqual(200)
    const { cart: created } = (await storeCart.json()) as { cart: { id: string } }
    const offered = await fetch(`${server.url}/store/shipping-options?cart_id=${created.id}`, { headers: storeHeaders })
    expect(offered.status).toEqual(200)
    const { shipping_options: options } = (await offered.json()) as { shipping_options: { id: string; name: string }[] }
    expect(options.map((option) => option.name)).toEqual(["일반배송"])
    // 고팡 택배 prices it by the seller's policy: one dress to Jeju is the fee plus the island surcharge.
    const priced = await fetch(`${server.url}/store/shipping-options/${options[0].id}/calculate`, {
      method: "POST",
      headers: storeHeaders,
      body: JSON.stringify({ cart_id: created.id }),
    })
    expect(priced.status).toEqual(200)
    expect(((await priced.json()) as { shipping_option: { amount: number } }).shipping_option.amount).toEqual(DELIVERY_COST + ISLAND_EXTRA)

    // 3. A shopper joins, puts two dresses in the cart and asks what a Jeju delivery costs.
    const shopperJoined = await call("POST", "/api/v1/user/join", {
      body: {
        user_email: SHOPPER_EMAIL,
        user_password: SHOPPER_PASSWORD,
        user_name: "김고팡",
        user_phonenumber: "01012345678",
        user_zipcode: "06236",
        user_address: "서울특별시 강남구 테헤란로 123",
        user_detail_address: "4층 401호",
        tos_codes: ["TERMS", "PRIVACY"],
      },
    })
    expectStatus(shopperJoined, 201)
    const customerId: string = shopperJoined.body.data.user_id
    const shopperLogin = await call("POST", "/api/v1/user/login", { body: { user_email: SHOPPER_EMAIL, user_password: SHOPPER_PASSWORD } })
    expectStatus(shopperLogin, 200)
    const shopper: string = shopperLogin.body.data.access_token
    expectStatus(await call("POST", "/api/v1/cart/items", { token: shopper, body: { variantId: variantM.id, quantity: 2 } }), 201)
    const cart = await call("GET", `/api/v1/cart?zipCode=${JEJU.zipCode}`, { token: shopper })
    expectStatus(cart, 200)
    const itemsTotal = 2 * PRICE
    expect(cart.body.data.groups).toHaveLength(1)
    expect(cart.body.data.groups[0]).toMatchObject({
      seller: { id: sellerId },
      subtotal: itemsTotal,
      deliveryFee: DELIVERY_COST + ISLAND_EXTRA,
      islandSurcharge: ISLAND_EXTRA,
    })
    const total: number = cart.body.data.totals.total
    expect(total).toEqual(itemsTotal + DELIVERY_COST + ISLAND_EXTRA)

    // 4. The order: a stale amount is refused with what to pay; the cart's total is charged.
    const order = (amount: number, key: string) =>
      call("POST", "/api/v1/order", {
        token: shopper,
        headers: { "idempotency-key": key },
        body: { fromCart: true, receiver: JEJU, amount, payment: CARD },
      })
    const stale = await order(itemsTotal + DELIVERY_COST, "first-sale-stale")
    expectStatus(stale, 400)
    expect(stale.body.error.details).toMatchObject({
      expectedAmount: total,
      breakdown: [{ sellerId, itemsTotal, deliveryFee: DELIVERY_COST + ISLAND_EXTRA, islandSurcharge: ISLAND_EXTRA, total }],
    })
    const placed = await order(total, "first-sale")
    expectStatus(placed, 201)
    expect(placed.body.data.total).toEqual(total)
    const orderId: string = placed.body.data.orders[0].orderId
    const charges = [...portone.v1Payments.values()].filter((payment) => payment.status === "paid")
    expect(charges.map((payment) => payment.amount)).toEqual([total])

    // 5. The seller accepts, readies, ships with a tracking number and marks it delivered.
    const sellerOrders = await call("GET", "/api/v1/seller/orders", { token: seller })
    expectStatus(sellerOrders, 200)
    expect(sellerOrders.body.data.map((o: Json) => o.orderId)).toEqual([orderId])
    for (const [action, body] of [
      ["accept", {}],
      ["ready", {}],
      ["ship", { courier: "CJ대한통운", trackingNumber: "6012345678901" }],
      ["deliver", {}],
    ] as const) {
      expectStatus(await call("POST", `/api/v1/seller/orders/${orderId}/${action}`, { token: seller, body }), 200)
    }

    // 6. The shopper sees 배송완료 with the tracking number, and the receipt.
    const history = await call("GET", `/api/v1/history/${customerId}`, { token: shopper })
    expectStatus(history, 200)
    const delivered = history.body.data.find((o: Json) => o.orderId === orderId)
    expect(delivered).toMatchObject({ stateLabel: "배송완료", courier: "CJ대한통운", trackingNumber: "6012345678901", total })
    const receipt = await call("GET", `/api/v1/history/${orderId}/receipt`, { token: shopper })
    expectStatus(receipt, 200)
    expect(receipt.body.data.total).toEqual(total)

    // 7. A change-of-mind return of one dress: the seller takes it back, the refund is the
    //    dress less the return shipping, at PortOne and in the shopper's history.
    const lineId: string = delivered.items[0].lineId
    const requested = await call("POST", `/api/v1/return/${orderId}`, {
      token: shopper,
      body: { items: [{ lineItemId: lineId, quantity: 1 }], reason: "change_of_mind", comment: "사이즈가 커요" },
    })
    expectStatus(requested, 201)
    const requestId: string = requested.body.data.id
    for (const [action, body] of [
      ["approve", { pickupDate: "2026-12-01" }],
      ["receive", { inspectionNote: "이상 없음" }],
      ["complete", {}],
    ] as const) {
      expectStatus(await call("POST", `/api/v1/seller/aftersales/${requestId}/${action}`, { token: seller, body }), 200)
    }
    const returned = await call("GET", `/api/v1/return/${requestId}`, { token: shopper })
    expectStatus(returned, 200)
    expect(returned.body.data).toMatchObject({ state: "completed", itemsAmount: PRICE, shippingFee: RETURN_COST, refundAmount: PRICE - RETURN_COST })
    expect(returned.body.data.refundedAt).toBeTruthy()
    const cancels = portone.requests.filter((request) => request.path === "/payments/cancel" && request.status === 200)
    expect(cancels.map((request) => request.body?.amount)).toEqual([PRICE - RETURN_COST])
    const after = await call("GET", `/api/v1/history/${orderId}`, { token: shopper })
    expectStatus(after, 200)
    expect(after.body.data.refundedAmount).toEqual(PRICE - RETURN_COST)

    // 8. Every amount in every answer was whole won (no 3e-21, no 29999.999…).
    const walked = answers.flatMap(({ what, body }) => numbersIn(body).map(([path, n]) => [what, path, n] as const))
    expect(walked.length).toBeGreaterThan(100)
    process.stdout.write(`[e2e] ${walked.length} numbers in ${answers.length} /api/v1 answers walked\n`)
    expect(walked.filter(([, , n]) => !Number.isInteger(n))).toEqual([])
    expect(answers.filter(({ text }) => /\d(\.\d+)?e-\d/i.test(text)).map(({ what }) => what)).toEqual([])
  })
})
