import fs from "node:fs"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { io, type Socket } from "socket.io-client"
import { E2E_SHOPPER_EMAIL, E2E_SHOPPER_PASSWORD } from "./shopper"
import { Api, ConsoleErrors, eventually, launchBrowser, screenshot, SCREENSHOT_DIR, signIn } from "./browser"
import { type GopangServer, startGopangServer } from "./server"

/**
 * The operator dashboard in headless Chromium against a built, seeded Gopang server: each page's
 * main action is done in the browser and its effect read back through the HTTP API.
 */

jest.setTimeout(120_000)

type Seller = { id: string; name: string; email: string; status: string; status_reason: string | null }
type Term = { id: string; code: string; version: number; content: string; required: boolean }
type Review = { id: string; product_id: string; status: string; status_reason: string | null; images: { url: string }[] }
type ChatMessage = { room_id: string; seq: number; body: string; sender_type: string }

/** A 1×1 PNG: the smallest image the review upload (sharp) accepts. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)

describe("admin dashboard in a browser", () => {
  let server: GopangServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let consoleErrors: ConsoleErrors
  let admin: Api
  const startedAt = Date.now()

  /** Runs one page's check; on failure saves `<name>-failure.png` and the server's last output. */
  async function onPage(name: string, check: () => Promise<void>): Promise<void> {
    try {
      await check()
      // The dashboard's own requests must not have failed either.
      expect(consoleErrors.take()).toEqual([])
      await screenshot(page, name)
    } catch (error) {
      const file = await screenshot(page, `${name}-failure`)
      const errors = consoleErrors.take().join("\n")
      process.stdout.write(
        `[e2e] ${name} failed; screenshot ${file}\nbrowser errors:\n${errors}\nserver:\n${server.output().slice(-3000)}\n`
      )
      throw error
    }
  }

  beforeAll(async () => {
    fs.rmSync(SCREENSHOT_DIR, { recursive: true, force: true })
    server = await startGopangServer()
    browser = await launchBrowser()
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "ko-KR" })
    page = await context.newPage()
    page.setDefaultTimeout(20_000)
    consoleErrors = new ConsoleErrors(page)
    admin = await Api.asAdmin(server.url, server.adminEmail, server.adminPassword)
    await signIn(page, server.url, server.adminEmail, server.adminPassword)
    // Before signing in, the dashboard probes its session and gets a 401: expected, not a defect.
    consoleErrors.take([/status of 401/])
  }, 600_000)

  afterAll(async () => {
    await browser?.close().catch(() => undefined)
    await server?.stop()
    process.stdout.write(`[e2e] browser tests took ${((Date.now() - startedAt) / 1000).toFixed(0)} s\n`)
  })

  it("sellers: filters by status, approves a pending seller, suspends with a reason and reinstates", async () => {
    const { sellers } = await admin.get<{ sellers: Seller[] }>("/admin/sellers?status=pending")
    const pending = sellers.find((seller) => seller.name === "한옥공방")!
    expect(pending).toBeDefined()

    await onPage("sellers", async () => {
      await page.goto(`${server.url}/app/sellers`)
      const list = page.getByTestId("seller-list")
      const rows = list.locator("tbody tr")
      // The shared list pattern: a row per seller and the pager under the table.
      await list.getByText("8 of 8 results").waitFor()
      expect(await rows.count()).toBe(8)
      await page.getByTestId("seller-status-filter").click()
      await page.getByRole("option", { name: "Pending approval" }).click()
      await eventually(async () => expect(await rows.locator("td:first-child").allInnerTexts()).toEqual(["한옥공방"]))

      await page.getByTestId("seller-status-filter").click()
      await page.getByRole("option", { name: "All statuses" }).click()
      await page.getByTestId("seller-search").fill("바다바람")
      await eventually(async () =>
        expect(await rows.locator("td:first-child").allInnerTexts()).toEqual(["바다바람수산"])
      )
      await page.getByTestId("seller-search").fill("")
      await eventually(async () => expect(await rows.count()).toBe(8))

      await rows.filter({ hasText: "한옥공방" }).click()
      await page.getByTestId("seller-name").filter({ hasText: "한옥공방" }).waitFor()
      await page.getByText("Delivery policy").waitFor()
      await page.getByTestId("seller-approve").click()
      await page.getByRole("button", { name: "Confirm" }).click()
      await page.getByTestId("seller-status").filter({ hasText: "Active" }).waitFor()
    })
    const approved = await admin.get<{ seller: Seller & { order_count: number } }>(`/admin/sellers/${pending.id}`)
    expect(approved.seller).toMatchObject({ status: "active", order_count: 0 })

    await onPage("seller-detail", async () => {
      await page.getByTestId("seller-suspend").click()
      await page.getByLabel("Reason (shown to the seller)").fill("통신판매업 신고번호 확인 필요")
      await page.getByTestId("seller-suspend-submit").click()
      await page.getByTestId("seller-status").filter({ hasText: "Suspended" }).waitFor()
      const suspended = await admin.get<{ seller: Seller }>(`/admin/sellers/${pending.id}`)
      expect(suspended.seller).toMatchObject({ status: "suspended", status_reason: "통신판매업 신고번호 확인 필요" })

      await page.getByTestId("seller-reinstate").click()
      await page.getByRole("button", { name: "Confirm" }).click()
      await page.getByTestId("seller-status").filter({ hasText: "Active" }).waitFor()
    })
    const reinstated = await admin.get<{ seller: Seller }>(`/admin/sellers/${pending.id}`)
    expect(reinstated.seller.status).toBe("active")
  })

  it("product page: the seller widget names the product's seller", async () => {
    const { products } = await admin.get<{ products: { id: string; title: string; seller?: { name: string } }[] }>(
      "/admin/products?limit=1&order=title&fields=id,title,seller.name"
    )
    const product = products[0]
    expect(product.seller?.name).toBeTruthy()

    await onPage("product-seller-widget", async () => {
      await page.goto(`${server.url}/app/products/${product.id}`)
      const widget = page.getByTestId("product-seller-widget")
      await widget.getByText(product.seller!.name, { exact: true }).waitFor()
    })
  })

  it("terms: shows versions with consent statistics and publishes a new version", async () => {
    const before = await admin.get<{ terms: Term[] }>("/admin/terms?code=MARKETING")
    const latest = before.terms[0]
    const content = `${latest.content}\n\n부칙: 이 약관은 브라우저 테스트에서 개정되었습니다.`

    await onPage("terms", async () => {
      await page.goto(`${server.url}/app/terms`)
      const card = page.getByTestId("terms-code-MARKETING")
      const versionRows = card.locator("tbody tr")
      await eventually(async () => expect(await versionRows.count()).toBe(before.terms.length))
      await page.getByTestId("terms-publish-MARKETING").click()
      await page.getByLabel("Content").fill(content)
      await page.getByTestId("terms-publish-submit").click()
      await eventually(async () => expect(await versionRows.count()).toBe(before.terms.length + 1))
      await card.getByText(`v${latest.version + 1}`).waitFor()
    })
    const after = await admin.get<{ terms: Term[] }>("/admin/terms?code=MARKETING")
    expect(after.terms[0]).toMatchObject({ version: latest.version + 1, content, required: latest.required })
    const { statistics } = await admin.get<{ statistics: { term_id: string }[] }>("/admin/terms/statistics?code=MARKETING")
    expect(statistics.map((s) => s.term_id)).toContain(after.terms[0].id)
  })

  it("returns & exchanges: filters requests and approves one in the seller's stead", async () => {
    const { aftersales_requests: requested } = await admin.get<{
      aftersales_requests: { id: string; display_id: number; state: string; seller: { name: string } | null }[]
    }>("/admin/aftersales?state=requested&type=return")
    expect(requested).toHaveLength(1)
    const request = requested[0]

    await onPage("returns", async () => {
      await page.goto(`${server.url}/app/returns`)
      const list = page.getByTestId("aftersales-list")
      const rows = list.locator("tbody tr")
      await eventually(async () => expect(await rows.count()).toBe(1))
      await list.getByText("1 of 1 results").waitFor()
      await page.getByTestId("aftersales-state-filter").click()
      await page.getByRole("option", { name: "Completed" }).click()
      await list.getByText("No requests match these filters.").waitFor()
      expect(await rows.count()).toBe(0)
      await page.getByTestId("aftersales-state-filter").click()
      await page.getByRole("option", { name: "Requested" }).click()
      await page.getByTestId("aftersales-type-filter").click()
      await page.getByRole("option", { name: "Return" }).click()
      await eventually(async () => expect(await rows.allInnerTexts()).toEqual([expect.stringContaining(`#${request.display_id}`)]))
      await rows.first().click()
      await page.getByText(`Request #${request.display_id}`).waitFor()
      await page.getByText("사이즈가 맞지 않아요.").first().waitFor()
      await page.getByTestId("aftersales-approve").click()
      await page.getByLabel("Note (optional)").fill("판매자 미응답으로 운영자가 승인합니다.")
      await page.getByTestId("aftersales-override-submit").click()
      await page.getByTestId("aftersales-state").filter({ hasText: "Pickup scheduled" }).waitFor()
      await page.getByTestId("aftersales-history").filter({ hasText: "판매자 미응답으로 운영자가 승인합니다." }).first().waitFor()
    })
    const { aftersales_request: approved } = await admin.get<{
      aftersales_request: { state: string; return_id: string | null; history: { to_state: string; actor_type: string }[] }
    }>(`/admin/aftersales/${request.id}`)
    expect(approved.state).toBe("pickup_scheduled")
    expect(approved.return_id).toBeTruthy()
    expect(approved.history.map((event) => [event.to_state, event.actor_type])).toEqual([
      ["requested", "customer"],
      ["approved", "admin"],
      ["pickup_scheduled", "admin"],
    ])
  })

  it("reviews: a shopper's photo review is shown with its image, removed with a reason; the product widget sums it up", async () => {
    // The fixture shopper reviews a delivered order line through the shoppers' API (multipart, one image).
    const login = await new Api(server.url).post<{ data: { access_token: string } }>("/api/v1/user/login", {
      user_email: E2E_SHOPPER_EMAIL,
      user_password: E2E_SHOPPER_PASSWORD,
    })
    const shopper = new Api(server.url).withBearer(login.data.access_token)
    const mine = await shopper.get<{ data: { reviewable: { orderItemId: string; itemId: string }[] } }>("/api/v1/reviews")
    const item = mine.data.reviewable[0]
    expect(item).toBeDefined()
    const form = new FormData()
    form.append("orderItemId", item.orderItemId)
    form.append("rating", "4")
    form.append("title", "브라우저 테스트 리뷰")
    form.append("content", "사진과 함께 남기는 후기입니다.")
    form.append("images", new Blob([PNG], { type: "image/png" }), "photo.png")
    const created = await fetch(`${server.url}/api/v1/reviews`, {
      method: "POST",
      headers: { authorization: `Bearer ${login.data.access_token}` },
      body: form,
    })
    expect(created.status).toBe(201)
    const { reviews } = await admin.get<{ reviews: Review[] }>(`/admin/reviews?product_id=${item.itemId}`)
    expect(reviews).toHaveLength(1)
    const review = reviews[0]
    expect(review.images).toHaveLength(1)
    expect(review.images[0].url.startsWith(server.url)).toBe(true)

    await onPage("product-reviews-widget", async () => {
      await page.goto(`${server.url}/app/products/${item.itemId}`)
      const widget = page.getByTestId("product-reviews-widget")
      await widget.getByTestId("product-reviews-average").filter({ hasText: "4.0" }).waitFor()
      await widget.getByTestId("product-reviews-count").filter({ hasText: "1 reviews · 1 with photos" }).waitFor()
    })

    await onPage("reviews", async () => {
      await page.goto(`${server.url}/app/reviews`)
      const list = page.getByTestId("review-list")
      const rows = list.locator("tbody tr")
      await eventually(async () => expect(await rows.count()).toBe(1))
      await list.getByText("1 of 1 results").waitFor()
      await page.getByTestId("review-rating-filter").click()
      await page.getByRole("option", { name: "5 stars" }).click()
      await eventually(async () => expect(await rows.count()).toBe(0))
      await page.getByTestId("review-rating-filter").click()
      await page.getByRole("option", { name: "4 stars" }).click()
      await page.getByTestId("review-status-filter").click()
      await page.getByRole("option", { name: "Published" }).click()
      await eventually(async () => expect(await rows.allInnerTexts()).toEqual([expect.stringContaining("브라우저 테스트 리뷰")]))

      // The photo opens full size and has really loaded from the server's storage.
      await rows.first().getByTestId("review-images").click()
      const full = page.getByTestId("review-image-full")
      await full.waitFor()
      await eventually(async () => expect(await full.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1))
      await page.keyboard.press("Escape")
      await full.waitFor({ state: "detached" })

      await rows.first().getByTestId("review-remove").click()
      await page.getByLabel("Reason (shown to the reviewer)").fill("상품과 관계없는 내용입니다.")
      await page.getByTestId("review-remove-submit").click()
      // Filtered on published, the removed review leaves the list.
      await eventually(async () => expect(await rows.count()).toBe(0))
      await page.getByTestId("review-status-filter").click()
      await page.getByRole("option", { name: "Removed" }).click()
      await rows.getByTestId("review-status").filter({ hasText: "Removed" }).waitFor()
      await rows.getByText("상품과 관계없는 내용입니다.").waitFor()
    })
    const { reviews: after } = await admin.get<{ reviews: Review[] }>(`/admin/reviews?product_id=${item.itemId}`)
    expect(after.map((r) => [r.id, r.status, r.status_reason])).toEqual([[review.id, "removed", "상품과 관계없는 내용입니다."]])
  })

  it("Korean: the list pages speak the dashboard's language (the `lng` cookie its language setting keeps)", async () => {
    await context.addCookies([{ name: "lng", value: "ko", url: server.url }])
    try {
      await onPage("sellers-ko", async () => {
        await page.goto(`${server.url}/app/sellers`)
        const list = page.getByTestId("seller-list")
        await list.getByRole("heading", { name: "판매자" }).waitFor()
        await list.getByRole("columnheader", { name: "사업자등록번호" }).waitFor()
        // Medusa's own words for the pager, Gopang's for the filters.
        await list.getByRole("button", { name: "다음" }).waitFor()
        await page.getByTestId("seller-status-filter").click()
        await page.getByRole("option", { name: "승인 대기" }).click()
        await list.getByText("조건에 맞는 판매자가 없습니다.").waitFor()
      })
      await onPage("returns-ko", async () => {
        await page.goto(`${server.url}/app/returns`)
        const list = page.getByTestId("aftersales-list")
        await list.getByRole("heading", { name: "반품·교환" }).waitFor()
        await list.getByRole("columnheader", { name: "환불 금액" }).waitFor()
        await list.getByTestId("aftersales-state").filter({ hasText: "수거 예정" }).waitFor()
      })
    } finally {
      await context.addCookies([{ name: "lng", value: "en", url: server.url }])
    }
  })

  it("chat: opens a room with a seller and exchanges messages live over socket.io", async () => {
    const sellerLogin = await new Api(server.url).post<{ data: { token: string; seller: Seller } }>(
      "/api/v1/seller/login",
      { email: "gopang-fashion@seller.gopang.local", password: server.sellerPassword }
    )
    const { token, seller } = sellerLogin.data
    const sellerSocket: Socket = io(server.chatUrl, { auth: { token }, transports: ["websocket"], reconnection: false })
    const received: ChatMessage[] = []
    sellerSocket.on("message", (message: ChatMessage) => received.push(message))
    await new Promise<void>((resolve, reject) => {
      sellerSocket.once("connect", resolve)
      sellerSocket.once("connect_error", reject)
    })

    try {
      await onPage("chat", async () => {
        await page.goto(`${server.url}/app/chat`)
        await page.getByTestId("chat-connection").filter({ hasText: "Live" }).waitFor()
        await page.getByTestId("chat-new-room").click()
        await page.getByTestId("chat-counterpart-search").fill(seller.name)
        const candidates = page.getByTestId("chat-candidate")
        await eventually(async () => {
          const texts = await candidates.allInnerTexts()
          expect(texts).toHaveLength(1)
          expect(texts[0]).toContain(`${seller.name} (${seller.email})`)
        })
        await candidates.getByTestId("chat-open-with").click()
        await page.getByTestId("chat-room-title").filter({ hasText: seller.name }).waitFor()
        const roomId = new URL(page.url()).searchParams.get("room")!
        expect(roomId).toMatch(/^chroom_/)

        // The seller joins the room the operator opened (the same room a seller would open).
        const joined = await sellerSocket.emitWithAck("join", { room_id: roomId, after_seq: 0 })
        expect(joined).toMatchObject({ ok: true, room: { kind: "seller_admin" } })

        await page.getByTestId("chat-input").fill("안녕하세요, 고팡 운영팀입니다.")
        await page.getByTestId("chat-send").click()
        await eventually(async () => expect(received.map((m) => m.body)).toEqual(["안녕하세요, 고팡 운영팀입니다."]))
        expect(received[0]).toMatchObject({ room_id: roomId, sender_type: "user", seq: 1 })

        const reply = await sellerSocket.emitWithAck("send", { room_id: roomId, body: "네, 문의드릴 것이 있습니다." })
        expect(reply).toMatchObject({ ok: true, message: { seq: 2 } })
        await page.getByTestId("chat-message").filter({ hasText: "네, 문의드릴 것이 있습니다." }).waitFor()

        // Both messages are stored, in order, and the operator has read the reply on screen.
        const history = await admin.get<{ data: { messages: ChatMessage[] } }>(`/api/v1/chat/rooms/${roomId}/messages`)
        expect(history.data.messages.map((m) => [m.seq, m.sender_type, m.body])).toEqual([
          [1, "user", "안녕하세요, 고팡 운영팀입니다."],
          [2, "seller", "네, 문의드릴 것이 있습니다."],
        ])
        await eventually(async () => {
          const { rooms } = await admin.get<{ rooms: { id: string; unread_count: number }[] }>("/admin/chat/rooms")
          expect(rooms.find((room) => room.id === roomId)?.unread_count).toBe(0)
        })
        await page.getByTestId("chat-room").filter({ hasText: seller.name }).waitFor()
      })
    } finally {
      sellerSocket.disconnect()
    }
  })

  it("uploads: neither a seller's .html page nor a raw page stored by an operator runs script in the dashboard origin", async () => {
    // What an attacker's page would do as the operator: mark the dashboard's storage, read an
    // admin API with the operator's session, and mark the page it runs in.
    const attack =
      "<h1>상세 설명</h1>" +
      "<script>localStorage.setItem('gopang-xss', 'ran'); document.body.dataset.ran = 'script';" +
      "fetch('/admin/users/me', { credentials: 'include' }).then((r) => r.text()).then((t) => localStorage.setItem('gopang-xss-admin', t))</script>" +
      "<img src=\"x\" onerror=\"localStorage.setItem('gopang-xss', 'onerror'); document.body.dataset.ran = 'onerror'\">"
    const sellerLogin = await new Api(server.url).post<{ data: { token: string } }>("/api/v1/seller/login", {
      email: "gopang-fashion@seller.gopang.local",
      password: server.sellerPassword,
    })
    const seller = new Api(server.url).withBearer(sellerLogin.data.token)
    const sellerPage = await seller.post<{ data: { file_path: string; original_file_name: string } }>("/api/v1/seller/files", {
      original_file_name: "C:\\fakepath\\상세.html",
      mime_type: "text/html",
      content_base64: Buffer.from(attack).toString("base64"),
    })
    expect(sellerPage.data.original_file_name).toEqual("상세.html")
    const stored = await (await fetch(sellerPage.data.file_path)).text()
    expect(stored).toContain("<h1>상세 설명</h1>")
    expect(stored).not.toMatch(/<script|onerror/)

    // Medusa's own upload route stores any file as it came (nothing sanitized): only the way
    // files are served stands between this page and the operator.
    const { token: adminToken } = await new Api(server.url).post<{ token: string }>("/auth/user/emailpass", {
      email: server.adminEmail,
      password: server.adminPassword,
    })
    const form = new FormData()
    form.append("files", new Blob([attack], { type: "text/html" }), "raw.html")
    const rawUpload = await fetch(`${server.url}/admin/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}` },
      body: form,
    })
    expect(rawUpload.status).toEqual(200)
    const rawUrl = ((await rawUpload.json()) as { files: { url: string }[] }).files[0].url
    expect(new URL(rawUrl).origin).toEqual(server.url)
    expect(await (await fetch(rawUrl)).text()).toContain("<script>")

    for (const url of [sellerPage.data.file_path, rawUrl]) {
      // Opened from the signed-in dashboard, the page is a download: nothing renders.
      const [download] = await Promise.all([page.waitForEvent("download"), page.goto(url).catch(() => undefined)])
      expect(download.suggestedFilename()).toMatch(/\.html$/)
      await download.cancel()
    }

    // A browser that ignored the download header would still render the raw page in a sandbox
    // (an opaque origin where script does not run): shown here by dropping that header.
    await page.route(rawUrl, async (route) => {
      const response = await route.fetch()
      const headers = { ...response.headers() }
      delete headers["content-disposition"]
      await route.fulfill({ response, headers })
    })
    await page.goto(rawUrl)
    await page.getByRole("heading", { name: "상세 설명" }).waitFor()
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await page.locator("body[data-ran]").count()).toBe(0)
    await page.unroute(rawUrl)

    await page.goto(`${server.url}/app`)
    const marks = await page.evaluate(() => [localStorage.getItem("gopang-xss"), localStorage.getItem("gopang-xss-admin")])
    expect(marks).toEqual([null, null])
    // The sandbox and the CSP report what they blocked: expected here, not a defect of the dashboard.
    consoleErrors.take()
  })
})
