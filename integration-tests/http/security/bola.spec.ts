import fs from "node:fs"
import path from "node:path"
import Medusa from "@medusajs/js-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { AxiosInstance, AxiosResponse } from "axios"
import { AFTERSALES_MODULE, type AftersalesModuleService } from "../../../src/modules/aftersales"
import { CHAT_MODULE } from "../../../src/modules/chat/constants"
import type ChatModuleService from "../../../src/modules/chat/service"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../src/modules/order-group"
import { PORTONE_PROVIDER_ID } from "../../../src/modules/portone"
import type { PortOnePaymentData } from "../../../src/modules/portone/service"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../src/modules/review"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { createAdmin } from "../../helpers/admin"
import { gopangIntegrationTestRunner } from "../../helpers/runner"
import { usePortOneTestServer } from "../../portone-server/harness"
import { createDeliveredOrder, type DeliveredOrder } from "../returns/fixtures"
import { customer, seller, SELLER_PASSWORD, variantOf } from "../returns/helpers"

/**
 * BOLA matrix (OWASP API1), generated from Gopang's own route tree: every route and method of
 * `src/api/**\/route.ts` whose path names an object (`[orderId]`, `[id]`, …) is called anonymously,
 * as another customer, as another seller and as the owner. Everyone but the owner must be refused
 * with 401, 403 or 404 (never 2xx, never a 400 that would mean validation ran before ownership,
 * never 5xx); the owner gets the route's success. A route with an id that is neither in the
 * fixture table below nor in the commented allow-list fails the first test, so a new route cannot
 * slip in unchecked. One app boot for the whole matrix: Medusa's runner restores the database to
 * its state after `beforeAll` before every test, so each row starts from the same fixtures. Within a
 * row the refusals come first, then a check that they changed nothing, then the owner's call.
 */

jest.setTimeout(600 * 1000)

process.env.CHAT_PORT = "0"
const portone = usePortOneTestServer({ timeoutMs: 5_000, slowResponseMs: 6_000 })

const API_ROOT = path.join(__dirname, "../../../src/api")
const METHOD_EXPORT = /^export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm

/** Every `METHOD /path/:param` that Medusa's file router serves from `src/api`, read from the files. */
function routeTree(): string[] {
  const keys: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (entry.name === "route.ts") {
        const url =
          "/" +
          path
            .relative(API_ROOT, dir)
            .split(path.sep)
            .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
            .join("/")
        for (const match of fs.readFileSync(full, "utf8").matchAll(METHOD_EXPORT)) {
          keys.push(`${match[1]} ${url}`)
        }
      }
    }
  }
  walk(API_ROOT)
  return keys.sort()
}

/**
 * Routes with a path parameter that are open by design, so they have no owner to check. Each
 * entry says why; adding one here is a security decision, reviewed like code.
 */
const PUBLIC_BY_DESIGN: Record<string, string> = {
  // The catalogue: any shopper, signed in or not, reads a purchasable product's page.
  "GET /api/v1/items/:itemId": "catalogue item page",
  // Uploaded files (review photos, seller detail pages) are linked from public pages; their keys are random.
  "GET /api/v1/files/:key": "uploaded file, linked from public pages",
  "GET /api/v1/files/:folder/:key": "uploaded file in a folder (reviews/…), linked from public pages",
  // 이용약관 and the other policies are published documents.
  "GET /api/v1/policies/:policy": "published policy document",
  // A reviewer's page: their published reviews under a masked name, as on the product pages.
  "GET /api/v1/reviewers/:customerId/reviews": "reviewer page of published reviews",
  // PortOne's webhook has no caller identity; the subscriber trusts only what it re-reads from PortOne.
  "POST /hooks/payment/:provider": "payment webhook",
  // The params name an actor type and a provider, not an object: Medusa's single-use reset token names the account.
  "POST /auth/:actor_type/:auth_provider/update": "password reset by reset token",
}

type Actor = { name: string; headers: Record<string, string> }
type Role = "alice" | "bob" | "fashion" | "operator"

/** One route and method: who owns the object it names, and how to call it (see `strangersOf` for the others). */
type Row = {
  route: string
  owner: Role
  path: () => string
  body?: () => Record<string, unknown>
  headers?: () => Record<string, string>
  /** Who else is refused; default: anonymous, the other customer, another seller. */
  strangers?: ("anonymous" | "alice" | "bob" | "fashion" | "kids")[]
  /** State read before and after the refusals: a refused call must not change it. */
  unchanged?: () => Promise<unknown>
}

gopangIntegrationTestRunner({
  database: "seeded",
  env: { GOPANG_ADMIN_PASSWORD: "test-admin-password-1", GOPANG_SELLER_PASSWORD: SELLER_PASSWORD, CHAT_PORT: "0" },
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let seed: SeedSummary
    const actors = {} as Record<Role | "anonymous" | "kids", Actor>
    const ids = {} as Record<string, string>
    let delivered: DeliveredOrder
    let deliveredToo: DeliveredOrder
    let toCancel: DeliveredOrder
    let toAccept: DeliveredOrder

    /** Alice's return or exchange of one line of the delivered order, through the API. */
    async function request(kind: "return" | "exchange", line: number, of: DeliveredOrder = delivered): Promise<string> {
      const response = await api.post(
        `/api/v1/${kind}/${of.order.id}`,
        { items: [{ lineItemId: of.lineItems[line].id, quantity: 1 }], reason: "change_of_mind" },
        { headers: actors.alice.headers, validateStatus: () => true }
      )
      expect(response.status).toEqual(201)
      return response.data.data.id
    }

    async function review(line: number): Promise<string> {
      const response = await api.post(
        "/api/v1/reviews",
        { orderItemId: delivered.lineItems[line].id, rating: 5, title: "잘 맞아요" },
        { headers: actors.alice.headers, validateStatus: () => true }
      )
      expect(response.status).toEqual(201)
      return response.data.data.reviewId
    }

    /** Bob's js-sdk cart with 일반배송 and a PortOne V2 payment already paid in the browser. */
    async function paidStoreCart(variantId: string): Promise<string> {
      const sdk = new Medusa({
        baseUrl: (api as AxiosInstance).defaults.baseURL!,
        publishableKey: seed.publishableKey,
        auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
        globalHeaders: actors.bob.headers,
      })
      const { cart } = await sdk.store.cart.create({ region_id: seed.regionId })
      await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity: 1 })
      await sdk.store.cart.update(cart.id, {
        shipping_address: {
          first_name: "고팡",
          last_name: "김",
          phone: "010-1234-5678",
          postal_code: "05510",
          address_1: "서울특별시 송파구 송파대로 570",
          city: "서울특별시",
          country_code: "kr",
        },
      })
      const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
      const listed = shipping_options.find((option) => option.name === "일반배송")!
      const { shipping_option: parcel } = await sdk.store.fulfillment.calculate(listed.id, { cart_id: cart.id })
      await sdk.store.cart.addShippingMethod(cart.id, { option_id: parcel.id })
      const { cart: priced } = await sdk.store.cart.retrieve(cart.id)
      const { payment_collection } = await sdk.store.payment.initiatePaymentSession(priced, {
        provider_id: PORTONE_PROVIDER_ID,
        data: { flow: "v2_browser" },
      })
      const data = payment_collection.payment_sessions![0].data as unknown as PortOnePaymentData
      portone.server().payV2InBrowser({ paymentId: data.payment_id, totalAmount: priced.total })
      return cart.id
    }

    beforeAll(async () => {
      container = getContainer()
      seed = await seedMarketplace(container)
      const alice = await customer(api, "alice-bola@gopang.test")
      const bob = await customer(api, "bob-bola@gopang.test")
      const fashion = await seller(api, "gopang-fashion")
      const kids = await seller(api, "kids-toy")
      actors.anonymous = { name: "anonymous", headers: {} }
      actors.alice = { name: "customer alice", headers: alice.headers }
      actors.bob = { name: "customer bob", headers: bob.headers }
      actors.fashion = { name: "seller 고팡패션", headers: fashion.headers }
      actors.kids = { name: "seller 키즈토이", headers: kids.headers }
      actors.operator = { name: "operator", headers: await createAdmin(container, api) }

      // Alice's purchases from 고팡패션: eight lines delivered (a line carries one open request at
      // most), one paid order to cancel, one for the seller to accept.
      const tee = seed.productIdsByHandle["men-overfit-cotton-short-sleeve-tee"]
      const variants: string[] = []
      for (const size of ["95", "100", "105", "110"]) {
        for (const colour of ["블랙", "화이트"]) {
          variants.push(await variantOf(container, tee, [size, colour]))
        }
      }
      const order = (items: string[], deliver: boolean) =>
        createDeliveredOrder(container, {
          customerId: alice.id,
          email: alice.email,
          sellerId: fashion.id,
          regionId: seed.regionId,
          items: items.map((variantId) => ({ variantId, quantity: 1 })),
          deliver,
        })
      delivered = await order(variants, true)
      deliveredToo = await order([variants[4]], true)
      toCancel = await order([variants[0]], false)
      toAccept = await order([variants[1]], false)

      // Returns in each state a seller or operator step starts from (each test starts from here).
      ids.returnRequested = await request("return", 0)
      ids.returnScheduled = await request("return", 1)
      ids.returnReceived = await request("return", 2)
      const step = async (id: string, action: string, body: Record<string, unknown>) =>
        expect((await api.post(`/api/v1/seller/aftersales/${id}/${action}`, body, { headers: fashion.headers })).status).toEqual(200)
      await step(ids.returnScheduled, "approve", { pickupDate: "2026-12-01" })
      await step(ids.returnReceived, "approve", { pickupDate: "2026-12-01" })
      await step(ids.returnReceived, "receive", {})
      // PortOne's record of a refund outlives the database restore between tests: the operator's
      // completion refunds another payment than the seller's.
      ids.returnReceivedToo = await request("return", 0, deliveredToo)
      await step(ids.returnReceivedToo, "approve", { pickupDate: "2026-12-01" })
      await step(ids.returnReceivedToo, "receive", {})
      ids.exchangeRequested = await request("exchange", 3)
      // Lines 6 and 7 stay free for the owner's own POST /return and POST /exchange.
      ids.review = await review(0)
      ids.reviewRemoved = await review(1)
      await api.post(`/admin/reviews/${ids.reviewRemoved}/remove`, { reason: "광고성 게시물" }, { headers: actors.operator.headers })
      // Bob's vote on alice's review, for the withdrawal.
      await api.post(`/api/v1/reviews/${ids.review}/votes`, { helpful: true }, { headers: bob.headers })

      const room = await api.post(
        "/api/v1/chat/rooms",
        { kind: "customer_seller", seller_id: fashion.id },
        { headers: alice.headers }
      )
      ids.room = room.data.data.room.id

      const cart = await api.post("/api/v1/cart/items", { variantId: variants[2], quantity: 1 }, { headers: alice.headers })
      ids.cartLine = cart.data.data.groups[0].items[0].itemId

      const category = await api.post("/api/v1/category", { name: "BOLA 점검용" }, { headers: actors.operator.headers })
      ids.category = category.data.data.categoryId

      ids.storeCart = await paidStoreCart(await variantOf(container, seed.productIdsByHandle["men-wide-cargo-jogger-pants"], ["M", "카키"]))
      ids.sellerItem = seed.productIdsByHandle["men-oxford-long-sleeve-shirt"]
      ids.pendingSeller = seed.sellerIdsByKey["hanok-craft"]
      ids.suspendedSeller = seed.sellerIdsByKey["sea-breeze"]
      ids.activeSeller = seed.sellerIdsByKey["living-house"]
      ids.kidsSeller = seed.sellerIdsByKey["kids-toy"]
    })

    const reviewState = (id: string) => async () => {
      const [row] = await container
        .resolve<ReviewModuleService>(REVIEW_MODULE)
        .listReviews({ id }, { select: ["title", "rating", "status", "helpful_count", "not_helpful_count"] })
      return row
    }
    const productState = (id: string) => async () =>
      (await container.resolve(Modules.PRODUCT).listProducts({ id }, { select: ["subtitle", "deleted_at"], withDeleted: true }))[0]
    const cartLineState = (id: string) => async () =>
      (await container.resolve(Modules.CART).listLineItems({ id }, { select: ["quantity"] }))[0] ?? null
    const categoryState = (id: string) => async () =>
      (await container.resolve(Modules.PRODUCT).listProductCategories({ id }, { select: ["name", "deleted_at"], withDeleted: true }))[0]
    const aftersalesState = (id: string) => async () =>
      (await container.resolve<AftersalesModuleService>(AFTERSALES_MODULE).listAftersalesRequests({ id }, { select: ["state", "last_error"] }))[0]
    const aftersalesOfOrder = (orderId: string) => async () =>
      (await container.resolve<AftersalesModuleService>(AFTERSALES_MODULE).listAftersalesRequests({ order_id: orderId }, { select: ["id", "state"] }))
        .map((request) => `${request.id}:${request.state}`)
        .sort()
    const deliveryState = (orderId: string) => async () =>
      (await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).listOrderDeliveries({ order_id: orderId }, { select: ["state", "hidden_at"] }))[0]
    const roomState = (id: string) => async () => {
      const chat = container.resolve<ChatModuleService>(CHAT_MODULE)
      const [room] = await chat.listChatRooms({ id }, { select: ["status", "last_seq"] })
      const participants = await chat.listChatParticipants({ room_id: id }, { select: ["actor_id", "last_read_seq"] })
      return { room, participants: participants.map((p) => `${p.actor_id}:${p.last_read_seq}`).sort() }
    }
    const cartState = (id: string) => async () =>
      (await container.resolve(Modules.CART).listCarts({ id }, { select: ["completed_at"] }))[0]
    const sellerState = (id: string) => async () => {
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "seller", fields: ["status", "status_reason"], filters: { id } })
      return data[0]
    }

    /**
     * The fixture table: every route+method with a path parameter that is not public by design.
     * Rows may share an object: each test starts from the database as `beforeAll` left it.
     */
    const ROWS: Row[] = [
      // --- customer: cart lines (members by token; guests by cart token, so an anonymous call is a new empty cart: 404)
      {
        route: "PUT /api/v1/cart/items/:itemId",
        owner: "alice",
        path: () => `/api/v1/cart/items/${ids.cartLine}`,
        body: () => ({ quantity: 2 }),
        unchanged: () => cartLineState(ids.cartLine)(),
      },
      {
        route: "DELETE /api/v1/cart/items/:itemId",
        owner: "alice",
        path: () => `/api/v1/cart/items/${ids.cartLine}`,
        unchanged: () => cartLineState(ids.cartLine)(),
      },
      // --- customer: order history and receipts
      { route: "GET /api/v1/history/:historyId", owner: "alice", path: () => `/api/v1/history/${delivered.order.id}` },
      { route: "GET /api/v1/history/:historyId/receipt", owner: "alice", path: () => `/api/v1/history/${delivered.order.id}/receipt` },
      // --- seller: its orders (before alice cancels hers)
      { route: "GET /api/v1/seller/orders/:orderId", owner: "fashion", path: () => `/api/v1/seller/orders/${toAccept.order.id}` },
      {
        route: "POST /api/v1/seller/orders/:orderId/:action",
        owner: "fashion",
        path: () => `/api/v1/seller/orders/${toAccept.order.id}/accept`,
        body: () => ({}),
        unchanged: () => deliveryState(toAccept.order.id)(),
      },
      // --- customer: cancel an order before it ships, then hide it from the history
      {
        route: "DELETE /api/v1/order/:orderId",
        owner: "alice",
        path: () => `/api/v1/order/${toCancel.order.id}`,
        unchanged: () => deliveryState(toCancel.order.id)(),
      },
      {
        route: "DELETE /api/v1/history/:historyId",
        owner: "alice",
        path: () => `/api/v1/history/${toCancel.order.id}`,
        unchanged: () => deliveryState(toCancel.order.id)(),
      },
      // --- customer: returns and exchanges (POST names the order, GET/DELETE the request)
      { route: "GET /api/v1/return/:id", owner: "alice", path: () => `/api/v1/return/${ids.returnRequested}` },
      { route: "GET /api/v1/seller/aftersales/:id", owner: "fashion", path: () => `/api/v1/seller/aftersales/${ids.returnRequested}` },
      { route: "GET /admin/aftersales/:id", owner: "operator", path: () => `/admin/aftersales/${ids.returnRequested}` },
      {
        route: "DELETE /api/v1/return/:id",
        owner: "alice",
        path: () => `/api/v1/return/${ids.returnRequested}`,
        unchanged: () => aftersalesState(ids.returnRequested)(),
      },
      {
        route: "POST /api/v1/return/:id",
        owner: "alice",
        path: () => `/api/v1/return/${delivered.order.id}`,
        body: () => ({ items: [{ lineItemId: delivered.lineItems[6].id, quantity: 1 }], reason: "change_of_mind" }),
        unchanged: () => aftersalesOfOrder(delivered.order.id)(),
      },
      { route: "GET /api/v1/exchange/:id", owner: "alice", path: () => `/api/v1/exchange/${ids.exchangeRequested}` },
      {
        route: "DELETE /api/v1/exchange/:id",
        owner: "alice",
        path: () => `/api/v1/exchange/${ids.exchangeRequested}`,
        unchanged: () => aftersalesState(ids.exchangeRequested)(),
      },
      {
        route: "POST /api/v1/exchange/:id",
        owner: "alice",
        path: () => `/api/v1/exchange/${delivered.order.id}`,
        body: () => ({ items: [{ lineItemId: delivered.lineItems[7].id, quantity: 1 }], reason: "change_of_mind" }),
        unchanged: () => aftersalesOfOrder(delivered.order.id)(),
      },
      // --- seller: each step from the state it starts from (approve/reject a requested return, receive a scheduled one, complete a received one)
      {
        route: "POST /api/v1/seller/aftersales/:id/approve",
        owner: "fashion",
        path: () => `/api/v1/seller/aftersales/${ids.returnRequested}/approve`,
        body: () => ({ pickupDate: "2026-12-01" }),
        unchanged: () => aftersalesState(ids.returnRequested)(),
      },
      {
        route: "POST /api/v1/seller/aftersales/:id/receive",
        owner: "fashion",
        path: () => `/api/v1/seller/aftersales/${ids.returnScheduled}/receive`,
        body: () => ({ inspectionNote: "이상 없음" }),
        unchanged: () => aftersalesState(ids.returnScheduled)(),
      },
      {
        route: "POST /api/v1/seller/aftersales/:id/complete",
        owner: "fashion",
        path: () => `/api/v1/seller/aftersales/${ids.returnReceived}/complete`,
        body: () => ({}),
        unchanged: () => aftersalesState(ids.returnReceived)(),
      },
      {
        route: "POST /api/v1/seller/aftersales/:id/reject",
        owner: "fashion",
        path: () => `/api/v1/seller/aftersales/${ids.returnRequested}/reject`,
        body: () => ({ reason: "회수 불가 상품" }),
        unchanged: () => aftersalesState(ids.returnRequested)(),
      },
      // --- operator: the same steps in the seller's stead
      {
        route: "POST /admin/aftersales/:id/approve",
        owner: "operator",
        path: () => `/admin/aftersales/${ids.returnRequested}/approve`,
        body: () => ({ pickup_date: "2026-12-02" }),
        unchanged: () => aftersalesState(ids.returnRequested)(),
      },
      {
        route: "POST /admin/aftersales/:id/receive",
        owner: "operator",
        path: () => `/admin/aftersales/${ids.returnScheduled}/receive`,
        body: () => ({ inspection_note: "이상 없음" }),
        unchanged: () => aftersalesState(ids.returnScheduled)(),
      },
      {
        route: "POST /admin/aftersales/:id/complete",
        owner: "operator",
        path: () => `/admin/aftersales/${ids.returnReceivedToo}/complete`,
        body: () => ({}),
        unchanged: () => aftersalesState(ids.returnReceivedToo)(),
      },
      {
        route: "POST /admin/aftersales/:id/reject",
        owner: "operator",
        path: () => `/admin/aftersales/${ids.returnRequested}/reject`,
        body: () => ({ reason: "회수 불가 상품" }),
        unchanged: () => aftersalesState(ids.returnRequested)(),
      },
      // --- reviews: the author edits and deletes; any other customer votes (not the author, not a seller)
      {
        route: "PUT /api/v1/reviews/:reviewId",
        owner: "alice",
        path: () => `/api/v1/reviews/${ids.review}`,
        body: () => ({ title: "다시 써 봤어요" }),
        unchanged: () => reviewState(ids.review)(),
      },
      {
        route: "POST /api/v1/reviews/:reviewId/votes",
        // Voting is open to every customer but the author (whose own vote is refused, 400, by rule):
        // the owner here is any other customer, and the refused are anonymous and the sellers.
        owner: "bob",
        strangers: ["anonymous", "kids", "fashion"],
        path: () => `/api/v1/reviews/${ids.review}/votes`,
        body: () => ({ helpful: true }),
        unchanged: () => reviewState(ids.review)(),
      },
      {
        route: "DELETE /api/v1/reviews/:reviewId/votes",
        owner: "bob",
        strangers: ["anonymous", "kids", "fashion"],
        path: () => `/api/v1/reviews/${ids.review}/votes`,
        unchanged: () => reviewState(ids.review)(),
      },
      {
        route: "POST /admin/reviews/:id/remove",
        owner: "operator",
        path: () => `/admin/reviews/${ids.review}/remove`,
        body: () => ({ reason: "광고성 게시물" }),
        unchanged: () => reviewState(ids.review)(),
      },
      {
        route: "POST /admin/reviews/:id/restore",
        owner: "operator",
        path: () => `/admin/reviews/${ids.reviewRemoved}/restore`,
        body: () => ({}),
        unchanged: () => reviewState(ids.reviewRemoved)(),
      },
      {
        route: "POST /api/v1/seller/reviews/:reviewId/hide",
        owner: "fashion",
        path: () => `/api/v1/seller/reviews/${ids.review}/hide`,
        body: () => ({ reason: "욕설이 포함된 리뷰" }),
        unchanged: () => reviewState(ids.review)(),
      },
      {
        route: "DELETE /api/v1/reviews/:reviewId",
        owner: "alice",
        path: () => `/api/v1/reviews/${ids.review}`,
        unchanged: () => reviewState(ids.review)(),
      },
      // --- chat: members only; closing is the seller's (or an operator's)
      { route: "GET /api/v1/chat/rooms/:id", owner: "alice", path: () => `/api/v1/chat/rooms/${ids.room}` },
      { route: "GET /api/v1/chat/rooms/:id/messages", owner: "alice", path: () => `/api/v1/chat/rooms/${ids.room}/messages` },
      {
        route: "POST /api/v1/chat/rooms/:id/read",
        owner: "alice",
        path: () => `/api/v1/chat/rooms/${ids.room}/read`,
        body: () => ({}),
        unchanged: () => roomState(ids.room)(),
      },
      {
        route: "POST /api/v1/chat/rooms/:id/close",
        owner: "fashion",
        path: () => `/api/v1/chat/rooms/${ids.room}/close`,
        body: () => ({}),
        unchanged: () => roomState(ids.room)(),
      },
      // --- seller: its own products
      { route: "GET /api/v1/seller/items/:itemId", owner: "fashion", path: () => `/api/v1/seller/items/${ids.sellerItem}` },
      {
        route: "PUT /api/v1/seller/item/:itemId",
        owner: "fashion",
        path: () => `/api/v1/seller/item/${ids.sellerItem}`,
        body: () => ({ subtitle: "BOLA 점검으로 바뀐 부제" }),
        unchanged: () => productState(ids.sellerItem)(),
      },
      {
        route: "DELETE /api/v1/seller/item/:itemId",
        owner: "fashion",
        path: () => `/api/v1/seller/item/${ids.sellerItem}`,
        unchanged: () => productState(ids.sellerItem)(),
      },
      // --- store: only the cart's customer turns it into a purchase
      {
        route: "POST /store/carts/:id/complete",
        owner: "bob",
        path: () => `/store/carts/${ids.storeCart}/complete`,
        body: () => ({}),
        headers: () => ({ "x-publishable-api-key": seed.publishableKey }),
        unchanged: () => cartState(ids.storeCart)(),
      },
      // --- operator: categories (the /api/v1 admin surface) and sellers
      {
        route: "POST /api/v1/category/:categoryId",
        owner: "operator",
        path: () => `/api/v1/category/${ids.category}`,
        body: () => ({ name: "BOLA 점검용 (수정)" }),
        unchanged: () => categoryState(ids.category)(),
      },
      {
        route: "PUT /api/v1/category/:categoryId",
        owner: "operator",
        path: () => `/api/v1/category/${ids.category}`,
        body: () => ({ name: "BOLA 점검용 (다시 수정)" }),
        unchanged: () => categoryState(ids.category)(),
      },
      {
        route: "DELETE /api/v1/category/:categoryId",
        owner: "operator",
        path: () => `/api/v1/category/${ids.category}`,
        unchanged: () => categoryState(ids.category)(),
      },
      { route: "GET /admin/sellers/:id", owner: "operator", path: () => `/admin/sellers/${ids.kidsSeller}` },
      {
        route: "POST /admin/sellers/:id/approve",
        owner: "operator",
        path: () => `/admin/sellers/${ids.pendingSeller}/approve`,
        body: () => ({}),
        unchanged: () => sellerState(ids.pendingSeller)(),
      },
      {
        route: "POST /admin/sellers/:id/suspend",
        owner: "operator",
        path: () => `/admin/sellers/${ids.activeSeller}/suspend`,
        body: () => ({ reason: "점검" }),
        unchanged: () => sellerState(ids.activeSeller)(),
      },
      {
        route: "POST /admin/sellers/:id/reinstate",
        owner: "operator",
        path: () => `/admin/sellers/${ids.suspendedSeller}/reinstate`,
        body: () => ({}),
        unchanged: () => sellerState(ids.suspendedSeller)(),
      },
    ]

    /**
     * The refused callers of a row: anonymous, a customer and a seller who are not the owner. For
     * customer-owned rows the seller is another shop (키즈토이); for seller-owned rows the customer
     * is one who never bought there (bob); operator routes are refused to the very customer and
     * seller the object belongs to.
     */
    function strangersOf(row: Row): Actor[] {
      if (row.strangers) {
        return row.strangers.map((name) => actors[name])
      }
      switch (row.owner) {
        case "alice":
          return [actors.anonymous, actors.bob, actors.kids]
        case "bob":
          return [actors.anonymous, actors.alice, actors.kids]
        case "fashion":
          return [actors.anonymous, actors.bob, actors.kids]
        case "operator":
          return [actors.anonymous, actors.alice, actors.fashion]
      }
    }

    const send = (row: Row, actor: Actor): Promise<AxiosResponse> => {
      const method = row.route.split(" ")[0]
      return api.request({
        method,
        url: row.path(),
        data: row.body?.(),
        headers: { ...actor.headers, ...(row.headers?.() ?? {}) },
        validateStatus: () => true,
      })
    }

    const brief = (response: AxiosResponse) => JSON.stringify(response.data)?.slice(0, 200)

    it("covers every route with a path parameter: in the fixture table or public by design", () => {
      const withIds = routeTree().filter((key) => key.includes("/:"))
      const tabled = ROWS.map((row) => row.route)
      const known = new Set([...tabled, ...Object.keys(PUBLIC_BY_DESIGN)])
      // A new route with an id must get a row (or a reasoned allow-list entry) before it ships.
      expect(withIds.filter((key) => !known.has(key))).toEqual([])
      // And the table keeps no stale rows, nor a route twice.
      expect([...known].filter((key) => !withIds.includes(key))).toEqual([])
      expect(new Set(tabled).size).toEqual(tabled.length)
      const calls = ROWS.reduce((sum, row) => sum + strangersOf(row).length + 1, 0)
      console.log(
        `BOLA matrix: ${withIds.length} routes+methods with a path parameter = ${ROWS.length} checked × 4 actors ` +
          `(anonymous, another customer, another seller, owner; ${calls} calls) + ${Object.keys(PUBLIC_BY_DESIGN).length} public by design`
      )
    })

    describe("refuses everyone but the owner", () => {
      for (const row of ROWS) {
        it(`${row.route} (owner: ${row.owner})`, async () => {
          const before = row.unchanged ? await row.unchanged() : undefined
          const wrong: string[] = []
          for (const stranger of strangersOf(row)) {
            const response = await send(row, stranger)
            if (![401, 403, 404].includes(response.status)) {
              wrong.push(`${stranger.name} → ${response.status} ${brief(response)}`)
            }
          }
          expect(wrong).toEqual([])
          if (row.unchanged) {
            expect(await row.unchanged()).toEqual(before)
          }
          const owned = await send(row, actors[row.owner])
          const ok = owned.status >= 200 && owned.status < 300
          expect(ok ? "owner succeeded" : `${actors[row.owner].name} → ${owned.status} ${brief(owned)}`).toEqual("owner succeeded")
        })
      }
    })
  },
})
