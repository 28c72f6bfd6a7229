import { waitFor } from "../../helpers/wait"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { AxiosResponse } from "axios"
import { SELLER_MODULE, type SellerModuleService } from "../../../src/modules/seller"
import { TERMS_MODULE, type TermsModuleService } from "../../../src/modules/terms"
import { seedAdmin } from "../../../src/scripts/seed/admin"
import {
  createSellerItemWorkflow,
  type CreateSellerItemWorkflowInput,
} from "../../../src/workflows/seller/workflows/create-seller-item"
import { createInventoryLevelsWorkflowId, createProductsWorkflowId } from "@medusajs/medusa/core-flows"
import { seedStore, type StoreSetup } from "../../../src/scripts/seed/store"
import { seedTerms } from "../../../src/scripts/seed/terms"
import { sellerJoinBody } from "./helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(180 * 1000)

const ADMIN_PASSWORD = "test-admin-password-1"
const PASSWORD = "seller-password-1"
/** Valid 사업자등록번호 (check digit holds), one per seller made in a test. */
const BUSINESS_NUMBERS = ["1208112342", "2148654322", "1058743213", "2208176549"]
const ok = { validateStatus: () => true }

type Json = Record<string, any>

function joinBody(email: string, businessNumber: string, overrides: Json = {}): Json {
  return sellerJoinBody(email, PASSWORD, businessNumber, overrides)
}

function itemBody(categoryId: string, overrides: Json = {}): Json {
  const colours = ["블랙", "화이트"]
  const sizes = ["M", "L"]
  return {
    title_name: "고팡 베이직 티셔츠",
    item_label: "BASIC-TEE-2026",
    description: "면 100% 기본 티셔츠",
    category_ids: [categoryId],
    state: "on_sale",
    sell_start_date: "2026-01-01",
    sell_end_date: "2027-12-31",
    parallel_import: false,
    minor_purchasable: true,
    max_order: 5,
    tax: "taxable",
    material: "면 100%",
    color: "블랙, 화이트",
    size: "M, L",
    maker: "고팡의류",
    manufacturer_item_name: "베이직 티셔츠",
    warning: "찬물 단독 세탁",
    quality_assurance: "구입일로부터 1년",
    as_info: "고객센터 1588-0000",
    options: [
      { title: "색상", values: colours },
      { title: "사이즈", values: sizes },
    ],
    variants: colours.flatMap((colour, i) =>
      sizes.map((size, j) => ({ options: { 색상: colour, 사이즈: size }, price: 19900 + i * 1000 + j * 500, stock: 10 + i + j }))
    ),
    ...overrides,
  }
}

function claims(token: string): Json {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"))
}


const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, validateStatus: () => true })

gopangIntegrationTestRunner({
  database: "migrated",
  env: { GOPANG_ADMIN_PASSWORD: ADMIN_PASSWORD },
  testSuite: ({ api, getContainer }) => {
    let store: StoreSetup
    let categoryId: string
    let storeHeaders: Record<string, string>

    beforeAll(async () => {
      const container = getContainer()
      store = await seedStore(container)
      await seedAdmin(container)
      await seedTerms(container)
      const [category] = await container
        .resolve(Modules.PRODUCT)
        .createProductCategories([{ name: "티셔츠", handle: "test-tshirt", is_active: true }])
      categoryId = category.id
      storeHeaders = { "x-publishable-api-key": store.publishableKey }
    })

    async function adminToken(): Promise<string> {
      const response = await api.post("/auth/user/emailpass", { email: "admin@gopang.local", password: ADMIN_PASSWORD })
      return response.data.token
    }

    async function join(email: string, businessNumber: string): Promise<{ id: string; token: string }> {
      const response = await api.post("/api/v1/seller/join", joinBody(email, businessNumber), ok)
      expect(response.status).toEqual(201)
      return { id: response.data.data.seller.id, token: response.data.data.token }
    }

    async function approvedSeller(email: string, businessNumber: string, admin: string) {
      const seller = await join(email, businessNumber)
      const approved = await api.post(`/admin/sellers/${seller.id}/approve`, {}, bearer(admin))
      expect(approved.status).toEqual(200)
      return seller
    }

    async function storeProduct(id: string): Promise<Json | undefined> {
      const response = await api.get(
        `/store/products?id[]=${id}&region_id=${store.regionId}&fields=id,title,*variants.calculated_price`,
        { headers: storeHeaders }
      )
      expect(response.status).toEqual(200)
      return response.data.products[0]
    }

    it("join → pending → approved → item with 2×2 variants in the store → price and stock change → delete", async () => {
      const joined = await api.post("/api/v1/seller/join", joinBody("shop-a@example.kr", BUSINESS_NUMBERS[0]), ok)
      expect(joined.status).toEqual(201)
      expect(joined.data.success).toBe(true)
      expect(joined.data.data.seller).toMatchObject({
        email: "shop-a@example.kr",
        status: "pending",
        business_type: "brand_owner",
        business_type_label: "브랜드 오너/제조사",
        delivery_policy: { delivery_way: "standard", delivery_way_label: "일반배송", delivery_cost: 3000 },
        return_policy: { return_delivery_cost: 3000, exchange_delivery_cost: 6000 },
      })
      expect(JSON.stringify(joined.data)).not.toContain(PASSWORD)
      const sellerId = joined.data.data.seller.id
      expect(sellerId).toMatch(/^sel_/)
      const consents = await getContainer()
        .resolve<TermsModuleService>(TERMS_MODULE)
        .listTermConsents({ actor_type: "seller", actor_id: sellerId })
      expect(consents.filter((consent) => consent.agreed).map((consent) => consent.term_code).sort()).toEqual([
        "PRIVACY",
        "SELLER",
      ])

      const login = await api.post("/api/v1/seller/login", { email: "shop-a@example.kr", password: PASSWORD }, ok)
      expect(login.status).toEqual(200)
      const token: string = login.data.data.token
      expect(claims(token)).toMatchObject({ actor_type: "seller", actor_id: sellerId })

      const refused = await api.post("/api/v1/seller/item", itemBody(categoryId), bearer(token))
      expect(refused.status).toEqual(403)
      expect(refused.data.success).toBe(false)
      expect((await api.get("/api/v1/seller/items", bearer(token))).status).toEqual(403)

      const admin = await adminToken()
      const approved = await api.post(`/admin/sellers/${sellerId}/approve`, {}, bearer(admin))
      expect(approved.status).toEqual(200)
      expect(approved.data.seller).toMatchObject({ status: "active", product_count: 0 })
      expect((await api.post(`/admin/sellers/${sellerId}/approve`, {}, bearer(admin))).status).toEqual(400)

      const html = Buffer.from("<h1>고팡 베이직 티셔츠</h1><p>상세 설명</p>").toString("base64")
      const uploaded = await api.post(
        "/api/v1/seller/files",
        { original_file_name: "detail.html", mime_type: "text/html", content_base64: html },
        bearer(token)
      )
      expect(uploaded.status).toEqual(201)
      // Stored sanitized inside a UTF-8 document (integration-tests/http/files): its own size.
      expect(uploaded.data.data).toMatchObject({ original_file_name: "detail.html", file_size: expect.any(Number) })
      expect(uploaded.data.data.file_size).toBeGreaterThan(Buffer.from(html, "base64").length)
      expect(uploaded.data.data.file_path).toMatch(/^https?:\/\//)

      const created = await api.post("/api/v1/seller/item", itemBody(categoryId, uploaded.data.data), bearer(token))
      expect(created.status).toEqual(201)
      const item = created.data.data.item
      expect(item).toMatchObject(uploaded.data.data)
      expect(item).toMatchObject({
        title_name: "고팡 베이직 티셔츠",
        item_label: "BASIC-TEE-2026",
        state: "on_sale",
        state_label: "판매중",
        max_order: 5,
        purchasable: { purchasable: true },
        categories: [{ id: categoryId, name: "티셔츠" }],
      })
      expect(item.options.map((option: Json) => option.values.length)).toEqual([2, 2])
      expect(item.variants).toHaveLength(4)
      const black = item.variants.find((variant: Json) => variant.options.색상 === "블랙" && variant.options.사이즈 === "M")
      expect(black).toMatchObject({ price: 19900, stock: 10 })

      const inStore = await storeProduct(item.id)
      expect(inStore?.title).toEqual("고팡 베이직 티셔츠")
      expect(inStore?.variants).toHaveLength(4)
      expect(
        inStore?.variants.map((variant: Json) => variant.calculated_price.calculated_amount).sort()
      ).toEqual([19900, 20400, 20900, 21400])

      const list = await api.get(`/api/v1/seller/items?state=on_sale&category_id=${categoryId}`, bearer(token))
      expect(list.status).toEqual(200)
      expect(list.data.meta).toEqual({ page: 1, size: 20, total: 1 })
      expect(list.data.data[0].id).toEqual(item.id)
      const soldOut = await api.get("/api/v1/seller/items?state=sold_out", bearer(token))
      expect(soldOut.data.meta.total).toEqual(0)

      const updated = await api.put(
        `/api/v1/seller/item/${item.id}`,
        { title_name: "고팡 베이직 티셔츠 2", variants: [{ id: black.id, price: 25000, stock: 3 }], max_order: 2 },
        bearer(token)
      )
      expect(updated.status).toEqual(200)
      const updatedBlack = updated.data.data.item.variants.find((variant: Json) => variant.id === black.id)
      expect(updatedBlack).toMatchObject({ price: 25000, stock: 3 })
      expect(updated.data.data.item).toMatchObject({ title_name: "고팡 베이직 티셔츠 2", max_order: 2 })
      // A detail page is stored sanitized: its formatting stays, its script goes.
      const page = await api.put(
        `/api/v1/seller/item/${item.id}`,
        { detail_html: '<h3 style="color: #333">상세 정보</h3><script>alert(document.cookie)</script><img src="https://cdn.gopang.kr/a.jpg" onerror="alert(1)"><a href="javascript:alert(1)">보기</a>' },
        bearer(token)
      )
      expect(page.status).toEqual(200)
      expect(page.data.data.item.detail_html).toEqual('<h3 style="color:#333">상세 정보</h3><img src="https://cdn.gopang.kr/a.jpg" /><a rel="noopener noreferrer nofollow">보기</a>')
      const badUrl = await api.put(`/api/v1/seller/item/${item.id}`, { thumbnail: "javascript:alert(1)" }, bearer(token))
      expect([badUrl.status, badUrl.data.error.fields]).toEqual([400, ["thumbnail"]])
      // An ASCII handle like the seeded products' (romanized title, unique suffix), kept across title edits.
      expect(item.handle).toMatch(/^gopang-beijik-tisyeocheu-[a-z0-9]{6}$/)
      expect(updated.data.data.item.handle).toEqual(item.handle)
      // The seller may choose it; another product's handle is refused by name.
      const renamed = await api.put(`/api/v1/seller/item/${item.id}`, { handle: "Gopang-Basic-Tee" }, bearer(token))
      expect(renamed.status).toEqual(200)
      expect(renamed.data.data.item.handle).toEqual("gopang-basic-tee")
      expect((await api.put(`/api/v1/seller/item/${item.id}`, { handle: "gopang-basic-tee" }, bearer(token))).status).toEqual(200)
      const taken = await api.post("/api/v1/seller/item", itemBody(categoryId, { handle: "gopang-basic-tee" }), bearer(token))
      expect(taken.status).toEqual(409)
      expect(taken.data.error.message).toContain("handle")
      const { data: inStoreByHandle } = await api.get(`/store/products?handle=gopang-basic-tee&fields=id`, { headers: storeHeaders })
      expect(inStoreByHandle.products.map((product: Json) => product.id)).toEqual([item.id])
      const storeAfterUpdate = await storeProduct(item.id)
      expect(
        storeAfterUpdate?.variants.find((variant: Json) => variant.id === black.id).calculated_price.calculated_amount
      ).toEqual(25000)

      const detail = await api.get(`/admin/sellers/${sellerId}`, bearer(admin))
      expect(detail.data.seller.product_count).toEqual(1)

      const deleted = await api.delete(`/api/v1/seller/item/${item.id}`, bearer(token))
      expect(deleted.status).toEqual(200)
      expect(await storeProduct(item.id)).toBeUndefined()
      expect((await api.get(`/api/v1/seller/items/${item.id}`, bearer(token))).status).toEqual(404)

      const logout = await api.put("/api/v1/seller/logout", {}, bearer(token))
      expect(logout.status).toEqual(200)
      expect((await api.get("/api/v1/seller/items", bearer(token))).status).toEqual(401)
    })

    it("answers 404 to another seller on every item route, and 401 to customers and guests", async () => {
      const admin = await adminToken()
      const a = await approvedSeller("owner-a@example.kr", BUSINESS_NUMBERS[0], admin)
      const b = await approvedSeller("owner-b@example.kr", BUSINESS_NUMBERS[1], admin)
      const aToken = (await api.post("/api/v1/seller/login", { email: "owner-a@example.kr", password: PASSWORD })).data
        .data.token
      const bToken = (await api.post("/api/v1/seller/login", { email: "owner-b@example.kr", password: PASSWORD })).data
        .data.token
      const created = await api.post("/api/v1/seller/item", itemBody(categoryId), bearer(aToken))
      expect(created.status).toEqual(201)
      const itemId = created.data.data.item.id

      const attempts: AxiosResponse[] = [
        await api.get(`/api/v1/seller/items/${itemId}`, bearer(bToken)),
        await api.put(`/api/v1/seller/item/${itemId}`, { title_name: "탈취" }, bearer(bToken)),
        await api.delete(`/api/v1/seller/item/${itemId}`, bearer(bToken)),
      ]
      attempts.forEach((response) => {
        expect(response.status).toEqual(404)
        expect(response.data).toMatchObject({ success: false, error: { code: "not_found" } })
      })
      expect((await api.get("/api/v1/seller/items", bearer(bToken))).data.meta.total).toEqual(0)
      const stillThere = await api.get(`/api/v1/seller/items/${itemId}`, bearer(aToken))
      expect(stillThere.status).toEqual(200)
      expect(stillThere.data.data.item.title_name).toEqual("고팡 베이직 티셔츠")
      expect(b.id).not.toEqual(a.id)

      // A customer (Medusa's own customer flow) with a different e-mail.
      const registered = await api.post("/auth/customer/emailpass/register", { email: "buyer@example.kr", password: PASSWORD })
      await api.post(
        "/store/customers",
        { email: "buyer@example.kr", first_name: "구매", last_name: "자" },
        { headers: { ...storeHeaders, authorization: `Bearer ${registered.data.token}` } }
      )
      const customerToken = (await api.post("/auth/customer/emailpass", { email: "buyer@example.kr", password: PASSWORD }))
        .data.token
      const customerCalls = async (auth: typeof ok) => [
        await api.get("/api/v1/seller/items", auth),
        await api.get(`/api/v1/seller/items/${itemId}`, auth),
        await api.post("/api/v1/seller/item", itemBody(categoryId), auth),
        await api.put(`/api/v1/seller/item/${itemId}`, { title_name: "x" }, auth),
        await api.delete(`/api/v1/seller/item/${itemId}`, auth),
        await api.get("/api/v1/seller/sellermodify", auth),
        await api.put("/api/v1/seller/sellermodify", { name: "x" }, auth),
        await api.put("/api/v1/seller/logout", {}, auth),
        await api.delete("/api/v1/seller/secession", auth),
      ]
      for (const response of await customerCalls(bearer(customerToken))) {
        expect([401, 403]).toContain(response.status)
      }
      for (const response of await customerCalls(ok)) {
        expect(response.status).toEqual(401)
      }
      // A seller token is no customer token either.
      const sellerAsCustomer = await api.get("/store/customers/me", {
        headers: { ...storeHeaders, authorization: `Bearer ${aToken}` },
        validateStatus: () => true,
      })
      expect(sellerAsCustomer.status).toEqual(401)
    })

    it("lets one e-mail be customer and seller, with both logins working", async () => {
      const email = "both@example.kr"
      const registered = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      const customer = await api.post(
        "/store/customers",
        { email, first_name: "겸업", last_name: "김" },
        { headers: { ...storeHeaders, authorization: `Bearer ${registered.data.token}` } }
      )
      expect(customer.status).toEqual(200)

      const wrongPassword = await api.post(
        "/api/v1/seller/join",
        joinBody(email, BUSINESS_NUMBERS[2], { password: "not-the-password" }),
        ok
      )
      expect(wrongPassword.status).toEqual(401)

      const joined = await api.post("/api/v1/seller/join", joinBody(email, BUSINESS_NUMBERS[2]), ok)
      expect(joined.status).toEqual(201)
      const again = await api.post("/api/v1/seller/join", joinBody(email, BUSINESS_NUMBERS[3]), ok)
      expect(again.status).toEqual(409)

      const customerLogin = await api.post("/auth/customer/emailpass", { email, password: PASSWORD }, ok)
      expect(customerLogin.status).toEqual(200)
      expect(claims(customerLogin.data.token)).toMatchObject({ actor_type: "customer", actor_id: customer.data.customer.id })
      const me = await api.get("/store/customers/me", {
        headers: { ...storeHeaders, authorization: `Bearer ${customerLogin.data.token}` },
      })
      expect(me.data.customer.email).toEqual(email)

      const sellerLogin = await api.post("/api/v1/seller/login", { email, password: PASSWORD }, ok)
      expect(sellerLogin.status).toEqual(200)
      expect(claims(sellerLogin.data.data.token)).toMatchObject({
        actor_type: "seller",
        actor_id: joined.data.data.seller.id,
      })
      const profile = await api.get("/api/v1/seller/sellermodify", bearer(sellerLogin.data.data.token))
      expect(profile.data.data.seller.email).toEqual(email)

      // A customer-only e-mail cannot log in as a seller.
      await api.post("/auth/customer/emailpass/register", { email: "only-customer@example.kr", password: PASSWORD })
      const notSeller = await api.post("/api/v1/seller/login", { email: "only-customer@example.kr", password: PASSWORD }, ok)
      expect(notSeller.status).toEqual(401)
    })

    it("hides a suspended seller's items from the store and shows them again on reinstatement", async () => {
      const admin = await adminToken()
      const seller = await approvedSeller("suspend-me@example.kr", BUSINESS_NUMBERS[0], admin)
      const created = await api.post("/api/v1/seller/item", itemBody(categoryId), bearer(seller.token))
      expect(created.status).toEqual(201)
      const itemId = created.data.data.item.id
      expect(await storeProduct(itemId)).toBeDefined()
      // The /api/v1 catalogue is a read model refreshed by product events: poll it.
      const inCatalog = async () =>
        ((await api.get("/api/v1/items?size=100")).data.data as Json[]).some((card) => card.itemId === itemId)
      expect(await waitFor(inCatalog, (found) => found)).toBe(true)

      expect((await api.post(`/admin/sellers/${seller.id}/suspend`, {}, bearer(admin))).status).toEqual(400)
      const suspended = await api.post(`/admin/sellers/${seller.id}/suspend`, { reason: "허위 광고" }, bearer(admin))
      expect(suspended.status).toEqual(200)
      expect(suspended.data.seller).toMatchObject({ status: "suspended", status_reason: "허위 광고", product_count: 1 })
      expect(await storeProduct(itemId)).toBeUndefined()
      expect(await waitFor(inCatalog, (found) => !found)).toBe(false)
      expect((await api.post("/api/v1/seller/item", itemBody(categoryId), bearer(seller.token))).status).toEqual(403)
      expect((await api.get(`/api/v1/seller/items/${itemId}`, bearer(seller.token))).status).toEqual(200)

      const listed = await api.get("/admin/sellers?status=suspended", bearer(admin))
      expect(listed.status).toEqual(200)
      expect(listed.data.sellers.map((row: Json) => row.id)).toEqual([seller.id])
      expect(listed.data.count).toEqual(1)

      const reinstated = await api.post(`/admin/sellers/${seller.id}/reinstate`, {}, bearer(admin))
      expect(reinstated.status).toEqual(200)
      expect(reinstated.data.seller).toMatchObject({ status: "active", status_reason: null })
      expect(await storeProduct(itemId)).toBeDefined()
      expect(await waitFor(inCatalog, (found) => found)).toBe(true)
    })

    it("refuses secession while orders are open; afterwards the shop is closed and hidden", async () => {
      const container = getContainer()
      const admin = await adminToken()
      const seller = await approvedSeller("closing@example.kr", BUSINESS_NUMBERS[1], admin)
      const created = await api.post("/api/v1/seller/item", itemBody(categoryId), bearer(seller.token))
      const itemId = created.data.data.item.id

      const orderModule = container.resolve(Modules.ORDER)
      const [order] = await orderModule.createOrders([{ currency_code: "krw", email: "buyer@example.kr" }])
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [SELLER_MODULE]: { seller_id: seller.id },
        [Modules.ORDER]: { order_id: order.id },
      })
      const refused = await api.delete("/api/v1/seller/secession", bearer(seller.token))
      expect(refused.status).toEqual(409)
      expect(refused.data.error.code).toEqual("conflict")

      await orderModule.updateOrders([{ id: order.id, status: "canceled" }])
      const closed = await api.delete("/api/v1/seller/secession", bearer(seller.token))
      expect(closed.status).toEqual(200)
      expect(closed.data.data.status).toEqual("closed")
      expect(await storeProduct(itemId)).toBeUndefined()
      expect((await api.get("/api/v1/seller/sellermodify", bearer(seller.token))).status).toEqual(401)
      const login = await api.post("/api/v1/seller/login", { email: "closing@example.kr", password: PASSWORD }, ok)
      expect(login.status).toEqual(401)
      const kept = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(seller.id)
      expect(kept.status).toEqual("closed")
    })

    it("answers 400 naming the field for each bad input", async () => {
      const expectField = (response: AxiosResponse, field: string) => {
        expect(response.status).toEqual(400)
        expect(response.data.success).toBe(false)
        expect(response.data.error.fields).toContain(field)
      }
      expectField(
        await api.post("/api/v1/seller/join", joinBody("bad1@example.kr", "1208112343"), ok),
        "business_registration_number"
      )
      expectField(
        await api.post("/api/v1/seller/join", joinBody("bad2@example.kr", BUSINESS_NUMBERS[0], { business_type: "franchise" }), ok),
        "business_type"
      )
      const unknownField = await api.post(
        "/api/v1/seller/join",
        joinBody("bad3@example.kr", BUSINESS_NUMBERS[0], { surprise: 1 }),
        ok
      )
      expect(unknownField.status).toEqual(400)
      expect(unknownField.data.error.message).toContain("surprise")
      const noConsent = await api.post(
        "/api/v1/seller/join",
        joinBody("bad4@example.kr", BUSINESS_NUMBERS[0], {
          agreements: [
            { code: "SELLER", agreed: false },
            { code: "PRIVACY", agreed: true },
          ],
        }),
        ok
      )
      expect(noConsent.status).toEqual(400)
      expect(noConsent.data.error.message).toContain("SELLER")
      const sellerModule = getContainer().resolve<SellerModuleService>(SELLER_MODULE)
      expect(await sellerModule.listSellers({ email: "bad4@example.kr" })).toHaveLength(0)

      const admin = await adminToken()
      const seller = await approvedSeller("fields@example.kr", BUSINESS_NUMBERS[0], admin)
      const negative = itemBody(categoryId)
      negative.variants[0].price = -100
      expectField(await api.post("/api/v1/seller/item", negative, bearer(seller.token)), "variants.0.price")
      expectField(
        await api.post(
          "/api/v1/seller/item",
          itemBody(categoryId, { sell_start_date: "2026-06-01", sell_end_date: "2026-05-01" }),
          bearer(seller.token)
        ),
        "sell_end_date"
      )
      expectField(
        await api.post("/api/v1/seller/item", itemBody(categoryId, { state: "판매완료" }), bearer(seller.token)),
        "state"
      )
      expectField(
        await api.post("/api/v1/seller/item", itemBody(categoryId, { handle: "첫판매-원피스" }), bearer(seller.token)),
        "handle"
      )
      expectField(
        await api.post(
          "/api/v1/seller/files",
          { original_file_name: "a.exe", mime_type: "application/x-msdownload", content_base64: "AAAA" },
          bearer(seller.token)
        ),
        "mime_type"
      )
      const created = await api.post("/api/v1/seller/item", itemBody(categoryId), bearer(seller.token))
      const itemId = created.data.data.item.id
      expectField(
        await api.put(`/api/v1/seller/item/${itemId}`, { variants: [{ id: "x", price: -1 }] }, bearer(seller.token)),
        "variants.0.price"
      )
      const partialPeriod = await api.put(
        `/api/v1/seller/item/${itemId}`,
        { sell_end_date: "2025-01-01" },
        bearer(seller.token)
      )
      expect(partialPeriod.status).toEqual(400)
      expect(partialPeriod.data.error.message).toContain("sell_end_date")
    })

    it("leaves no product behind when item creation fails after the product step", async () => {
      const container = getContainer()
      const admin = await adminToken()
      const seller = await approvedSeller("fault@example.kr", BUSINESS_NUMBERS[3], admin)
      const before = await counts(container)

      const item = {
        ...itemBody(categoryId),
        sell_start_date: new Date("2026-01-01"),
        sell_end_date: new Date("2027-12-31"),
      } as CreateSellerItemWorkflowInput["item"]
      // Right after the product exists, and after its stock was set: both must undo everything.
      for (const stepId of [createProductsWorkflowId, createInventoryLevelsWorkflowId]) {
        const workflow = createSellerItemWorkflow(container)
        workflow.appendAction(`throw-after-${stepId}`, stepId, {
          invoke: async () => {
            throw new Error(`injected failure after ${stepId}`)
          },
        })
        const { errors } = await workflow.run({ input: { seller_id: seller.id, item }, throwOnError: false })
        expect(errors.map((error: { error: Error }) => error.error.message)).toContain(`injected failure after ${stepId}`)
        expect(await counts(container)).toEqual(before)
      }
    })

    async function counts(container: MedusaContainer) {
      const product = container.resolve(Modules.PRODUCT)
      const inventory = container.resolve(Modules.INVENTORY)
      const seller = container.resolve<SellerModuleService>(SELLER_MODULE)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "seller", fields: ["products.id"] })
      return {
        products: (await product.listAndCountProducts({}, { take: 1 }))[1],
        variants: (await product.listAndCountProductVariants({}, { take: 1 }))[1],
        inventoryItems: (await inventory.listAndCountInventoryItems({}, { take: 1 }))[1],
        inventoryLevels: (await inventory.listAndCountInventoryLevels({}, { take: 1 }))[1],
        details: (await seller.listAndCountSellerProductDetails({}, { take: 1 }))[1],
        sellerProducts: data.reduce((total, row) => total + (row.products ?? []).length, 0),
      }
    }
  },
})
