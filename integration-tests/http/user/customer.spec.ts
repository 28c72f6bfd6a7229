import { revokeActorTokensStepId } from "../../../src/workflows/auth/steps/revoke-actor-tokens"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ConsentActorType, TERMS_MODULE, type TermsModuleService } from "../../../src/modules/terms"
import { seedTerms } from "../../../src/scripts/seed/terms"
import { joinCustomerWorkflow } from "../../../src/workflows/customer/workflows/join-customer"
import { secedeCustomerWorkflow } from "../../../src/workflows/customer/workflows/secede-customer"
import { recordConsentsStepId } from "../../../src/workflows/terms/steps/record-consents"
import { anyStatus, bearer, join, joinAndLogin, joinBody, login, PASSWORD, storeBasics } from "./helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"
import { createAdmin } from "../../helpers/admin"

jest.setTimeout(180 * 1000)

const ANONYMIZED = "탈퇴회원"

async function identityFor(container: MedusaContainer, email: string) {
  const [identity] = await container
    .resolve(Modules.AUTH)
    .listProviderIdentities({ entity_id: email, provider: "emailpass" })
  return identity
}

gopangIntegrationTestRunner({
  database: "migrated",
  env: { GOPANG_LOGIN_MAX_FAILURES: "5", GOPANG_LOGIN_WINDOW_SECONDS: "900" },
  testSuite: ({ api, getContainer }) => {
    let regionId: string
    let storeHeaders: Record<string, string>

    beforeAll(async () => {
      const container = getContainer()
      await seedTerms(container)
      const basics = await storeBasics(container)
      regionId = basics.regionId
      storeHeaders = { "x-publishable-api-key": basics.publishableKey }
    })

    it("join → login → me → modify → logout → login again → secession, then the e-mail joins again", async () => {
      const container = getContainer()
      const email = "kim.gopang@example.com"

      // join: e-mail lower-cased, phone normalized, one consent row per customer agreement
      const joined = await join(api, joinBody("Kim.Gopang@Example.com", { tos_codes: ["TERMS", "PRIVACY"] }))
      expect(joined.status).toEqual(201)
      expect(joined.data.success).toBe(true)
      const userId: string = joined.data.data.user_id
      expect(joined.data.data).toMatchObject({
        user_email: email,
        user_name: "김고팡",
        user_phonenumber: "010-1234-5678",
        user_zipcode: "06236",
        user_address: "서울특별시 강남구 테헤란로 123",
        user_detail_address: "4층 401호",
      })
      expect(joined.data.data.consents).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ tos_code: "TERMS", tos_version: 1, agree_whether: true }),
          expect.objectContaining({ tos_code: "PRIVACY", tos_version: 1, agree_whether: true }),
          expect.objectContaining({ tos_code: "MARKETING", tos_version: 1, agree_whether: false }),
        ])
      )
      expect(joined.data.data.consents).toHaveLength(3)
      const history = await container
        .resolve<TermsModuleService>(TERMS_MODULE)
        .listTermConsents({ actor_type: ConsentActorType.CUSTOMER, actor_id: userId })
      expect(history).toHaveLength(3)
      expect(history[0].ip).toBeTruthy()

      // login: Medusa's JWT, which Medusa's own store API accepts for the same customer
      const login1 = await api.post("/api/v1/user/login", { user_email: email, user_password: PASSWORD })
      expect(login1.data.data).toMatchObject({ token_type: "Bearer", user_id: userId })
      const token1: string = login1.data.data.access_token
      const storeMe = await api.get("/store/customers/me", bearer(token1, storeHeaders))
      expect(storeMe.status).toEqual(200)
      expect(storeMe.data.customer).toMatchObject({ id: userId, email, first_name: "김고팡" })

      // Medusa's refresh route renews it
      const refreshed = await api.post("/auth/token/refresh", {}, bearer(token1))
      expect(refreshed.status).toEqual(200)
      expect((await api.get("/api/v1/user/me", bearer(refreshed.data.token))).data.data.user_id).toEqual(userId)

      // me
      const me = await api.get("/api/v1/user/me", bearer(token1))
      expect(me.status).toEqual(200)
      expect(me.data.data).toMatchObject({ user_id: userId, user_email: email, pending_terms: [] })

      // modify profile and address
      const modified = await api.put(
        "/api/v1/user/usermodify",
        {
          user_name: "김수정",
          user_phonenumber: "010-9876-5432",
          user_zipcode: "04524",
          user_address: "서울특별시 중구 세종대로 110",
          user_detail_address: "2층",
        },
        bearer(token1)
      )
      expect(modified.status).toEqual(200)
      expect(modified.data.data).toMatchObject({
        user_name: "김수정",
        user_phonenumber: "010-9876-5432",
        user_zipcode: "04524",
        user_address: "서울특별시 중구 세종대로 110",
        user_detail_address: "2층",
      })

      // password change needs the right current password
      const newPassword = "newpass5678"
      const noCurrent = await api.put("/api/v1/user/usermodify", { new_password: newPassword }, bearer(token1))
      expect(noCurrent.status).toEqual(400)
      expect(noCurrent.data.error.fields).toEqual(["current_password"])
      const wrongCurrent = await api.put(
        "/api/v1/user/usermodify",
        { current_password: "wrongpass1", new_password: newPassword },
        bearer(token1)
      )
      expect(wrongCurrent.status).toEqual(400)
      expect(wrongCurrent.data.error.fields).toEqual(["current_password"])
      const changed = await api.put(
        "/api/v1/user/usermodify",
        { current_password: PASSWORD, new_password: newPassword },
        bearer(token1)
      )
      expect(changed.status).toEqual(200)
      const oldPassword = await api.post("/api/v1/user/login", { user_email: email, user_password: PASSWORD }, anyStatus)
      expect(oldPassword.status).toEqual(401)

      // the new password ends every session, this device's too (see integration-tests/http/sessions)
      expect((await api.get("/api/v1/user/me", bearer(token1))).status).toEqual(401)
      const afterChange = await login(api, email, newPassword)

      // logout: the token stops working on /api/v1 and on Medusa's store API
      const logout = await api.put("/api/v1/user/logout", {}, bearer(afterChange))
      expect(logout.status).toEqual(200)
      const meAfterLogout = await api.get("/api/v1/user/me", bearer(afterChange))
      expect(meAfterLogout.status).toEqual(401)
      expect(meAfterLogout.data).toMatchObject({ success: false, error: { code: "unauthorized" } })
      expect((await api.get("/store/customers/me", bearer(afterChange, storeHeaders))).status).toEqual(401)
      expect((await api.post("/auth/token/refresh", {}, bearer(afterChange))).status).toEqual(401)

      // login again
      const token2 = await login(api, email, newPassword)
      expect((await api.get("/api/v1/user/me", bearer(token2))).status).toEqual(200)
      // another device, logged in a second earlier, must be signed out by the secession too
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const otherDevice = await login(api, email, newPassword)
      await new Promise((resolve) => setTimeout(resolve, 1100))

      // an order placed through Medusa before leaving
      const { result: order } = await createOrderWorkflow(container).run({
        input: {
          region_id: regionId,
          customer_id: userId,
          email,
          currency_code: "krw",
          shipping_address: {
            first_name: "김수정",
            phone: "010-9876-5432",
            postal_code: "04524",
            address_1: "서울특별시 중구 세종대로 110",
            address_2: "2층",
            city: "서울",
            country_code: "kr",
          },
          items: [{ title: "제주 감귤 5kg", quantity: 1, unit_price: 25900 }],
        },
      })

      // secession: the password must match
      const wrong = await api.delete("/api/v1/user/secession", { ...bearer(token2), data: { user_password: "nottheone1" } })
      expect(wrong.status).toEqual(400)
      expect(wrong.data.error.fields).toEqual(["user_password"])
      const seceded = await api.delete("/api/v1/user/secession", {
        ...bearer(token2),
        data: { user_password: newPassword },
      })
      expect(seceded.status).toEqual(200)
      expect(seceded.data.data).toEqual({ user_id: userId, seceded: true })

      // profile gone, token and password refused everywhere
      expect((await api.get("/api/v1/user/me", bearer(token2))).status).toEqual(401)
      expect((await api.get("/store/customers/me", bearer(token2, storeHeaders))).status).toEqual(401)
      expect((await api.get("/store/customers/me", bearer(otherDevice, storeHeaders))).status).toEqual(401)
      expect((await api.post("/auth/token/refresh", {}, bearer(otherDevice))).status).toEqual(401)
      const loginAfter = await api.post("/api/v1/user/login", { user_email: email, user_password: newPassword }, anyStatus)
      expect(loginAfter.status).toEqual(401)
      expect(await identityFor(container, email)).toBeUndefined()

      const customers = container.resolve(Modules.CUSTOMER)
      expect(await customers.listCustomers({ id: userId })).toHaveLength(0)
      const [deleted] = await customers.listCustomers({ id: userId }, { withDeleted: true, relations: ["addresses"] })
      expect(deleted.deleted_at).toBeTruthy()
      expect(deleted).toMatchObject({ first_name: ANONYMIZED, last_name: null, phone: null })
      expect(deleted.email).not.toContain("kim.gopang")
      const addresses = await customers.listCustomerAddresses({ customer_id: userId }, { withDeleted: true })
      expect(addresses).toHaveLength(1)
      expect(addresses[0]).toMatchObject({
        first_name: ANONYMIZED,
        phone: null,
        address_1: null,
        address_2: null,
        postal_code: null,
      })

      // the order row stays, without the person
      const [kept] = await container
        .resolve(Modules.ORDER)
        .listOrders({ id: order.id }, { relations: ["shipping_address", "items"] })
      expect(kept).toBeDefined()
      expect(kept.customer_id).toEqual(userId)
      expect(kept.email).not.toContain("kim.gopang")
      expect(kept.items?.[0]?.title).toEqual("제주 감귤 5kg")
      expect(kept.shipping_address).toMatchObject({
        first_name: ANONYMIZED,
        phone: null,
        address_1: null,
        address_2: null,
        postal_code: "04524",
      })

      // the consent history stays, with the agreements ending at secession
      const historyAfter = await container
        .resolve<TermsModuleService>(TERMS_MODULE)
        .listTermConsents(
          { actor_type: ConsentActorType.CUSTOMER, actor_id: userId },
          { order: { decided_at: "ASC", term_code: "ASC" } }
        )
      expect(historyAfter.map((row) => [row.term_code, row.agreed, !!row.withdrawn_at])).toEqual([
        ["MARKETING", false, false],
        ["PRIVACY", true, false],
        ["TERMS", true, false],
        ["PRIVACY", false, true],
        ["TERMS", false, true],
      ])

      // the same e-mail joins again as a new customer
      const rejoined = await join(api, joinBody(email))
      expect(rejoined.status).toEqual(201)
      expect(rejoined.data.data.user_id).not.toEqual(userId)
      const token3 = await login(api, email)
      const meAgain = await api.get("/api/v1/user/me", bearer(token3))
      expect(meAgain.data.data).toMatchObject({ user_id: rejoined.data.data.user_id, user_name: "김고팡" })
    })

    it("refuses a join that misses a required term, a duplicate e-mail, and each malformed field", async () => {
      const container = getContainer()

      const missing = await join(api, joinBody("terms@example.com", { tos_codes: ["TERMS", "MARKETING"] }))
      expect(missing.status).toEqual(400)
      expect(missing.data.error.code).toEqual("invalid_data")
      expect(missing.data.error.message).toContain("PRIVACY")
      expect(missing.data.error.message).toContain("개인정보 수집 및 이용 동의")
      expect(missing.data.error.message).not.toContain("TERMS(")
      const none = await join(api, joinBody("terms@example.com", { tos_codes: [] }))
      expect(none.status).toEqual(400)
      expect(none.data.error.message).toContain("TERMS")
      expect(none.data.error.message).toContain("PRIVACY")
      const unknown = await join(api, joinBody("terms@example.com", { tos_codes: ["TERMS", "PRIVACY", "SELLER"] }))
      expect(unknown.status).toEqual(400)
      expect(unknown.data.error.message).toContain("SELLER")
      expect(await identityFor(container, "terms@example.com")).toBeUndefined()

      expect((await join(api, joinBody("dup@example.com"))).status).toEqual(201)
      const duplicate = await join(api, joinBody("DUP@example.com", { user_phonenumber: "010-5555-6666" }))
      expect(duplicate.status).toEqual(409)
      expect(duplicate.data).toEqual({
        success: false,
        error: { code: "conflict", message: "이미 가입된 이메일입니다." },
      })

      const cases: [string, Record<string, unknown>][] = [
        ["user_email", { user_email: "not-an-email" }],
        ["user_email", { user_email: undefined }],
        ["user_password", { user_password: "abc123" }],
        ["user_password", { user_password: "onlyletters" }],
        ["user_password", { user_password: "1234567890" }],
        ["user_phonenumber", { user_phonenumber: "02-123-4567" }],
        ["user_phonenumber", { user_phonenumber: "010-1234-567" }],
        ["user_phonenumber", { user_phonenumber: "+82 10 1234 5678" }],
        ["user_zipcode", { user_zipcode: "1234" }],
        ["user_zipcode", { user_zipcode: "123456" }],
        ["user_zipcode", { user_zipcode: "abcde" }],
        ["user_name", { user_name: "" }],
        ["user_address", { user_address: undefined }],
        ["user_detail_address", { user_detail_address: 12 }],
        ["tos_codes", { tos_codes: "TERMS" }],
        ["user_id", { user_id: "cus_someone_else" }],
      ]
      for (const [field, override] of cases) {
        const body: Record<string, unknown> = { ...joinBody("fields@example.com"), ...override }
        const response = await join(api, body as ReturnType<typeof joinBody>)
        expect({ field, status: response.status }).toEqual({ field, status: 400 })
        expect({ field, fields: response.data.error.fields }).toEqual({ field, fields: [field] })
        expect(response.data.error.message).toContain(field)
      }
      expect(await identityFor(container, "fields@example.com")).toBeUndefined()

      // both accepted phone spellings are stored the same way
      const dashed = await join(api, joinBody("dashed@example.com", { user_phonenumber: "010-2222-3333" }))
      expect(dashed.data.data.user_phonenumber).toEqual("010-2222-3333")
      const plain = await join(api, joinBody("plain@example.com", { user_phonenumber: "01022223333" }))
      expect(plain.data.data.user_phonenumber).toEqual("010-2222-3333")

      // usermodify validates the same fields
      const { token } = await joinAndLogin(api, "modify@example.com")
      const badPhone = await api.put("/api/v1/user/usermodify", { user_phonenumber: "1234" }, bearer(token))
      expect(badPhone.status).toEqual(400)
      expect(badPhone.data.error.fields).toEqual(["user_phonenumber"])
      const badZip = await api.put("/api/v1/user/usermodify", { user_zipcode: "123" }, bearer(token))
      expect(badZip.data.error.fields).toEqual(["user_zipcode"])
      const empty = await api.put("/api/v1/user/usermodify", {}, bearer(token))
      expect(empty.status).toEqual(400)
    })

    it("keeps customer A out of customer B's account on every route", async () => {
      const container = getContainer()
      const a = await joinAndLogin(api, "a@example.com", { user_name: "에이" })
      const b = await joinAndLogin(api, "b@example.com", { user_name: "비이", user_phonenumber: "010-2000-3000" })

      const meA = await api.get("/api/v1/user/me", bearer(a.token))
      expect(meA.data.data.user_id).toEqual(a.id)

      // ids in bodies are not accepted at all; the id always comes from the token
      const modifyB = await api.put("/api/v1/user/usermodify", { user_id: b.id, user_name: "해킹" }, bearer(a.token))
      expect(modifyB.status).toEqual(400)
      expect(modifyB.data.error.fields).toEqual(["user_id"])
      const consentB = await api.post(
        "/api/v1/user/consents",
        { actor_id: b.id, consents: [{ tos_code: "MARKETING", agree_whether: false }] },
        bearer(a.token)
      )
      expect(consentB.status).toEqual(400)
      const secedeB = await api.delete("/api/v1/user/secession", {
        ...bearer(a.token),
        data: { user_password: PASSWORD, user_id: b.id },
      })
      expect(secedeB.status).toEqual(400)

      // A's own change touches only A
      await api.put("/api/v1/user/usermodify", { user_name: "에이수정" }, bearer(a.token))
      // B's password with A's token does not close B's account (nor A's)
      const wrongAccount = await api.delete("/api/v1/user/secession", {
        ...bearer(a.token),
        data: { user_password: "other-password-9" },
      })
      expect(wrongAccount.status).toEqual(400)
      // A's consents are A's
      await api.post(
        "/api/v1/user/consents",
        { consents: [{ tos_code: "MARKETING", agree_whether: false }] },
        bearer(a.token)
      )

      const meB = await api.get("/api/v1/user/me", bearer(b.token))
      expect(meB.data.data).toMatchObject({ user_id: b.id, user_name: "비이", user_phonenumber: "010-2000-3000" })
      expect(meB.data.data.consents).toEqual(
        expect.arrayContaining([expect.objectContaining({ tos_code: "MARKETING", agree_whether: true })])
      )
      const historyB = await api.get("/api/v1/user/consents", bearer(b.token))
      expect(historyB.data.data.history).toHaveLength(3)
      expect((await api.get("/api/v1/user/me", bearer(a.token))).data.data.user_name).toEqual("에이수정")

      // Medusa's store routes by id: B's address is not found for A
      const [addressB] = await container.resolve(Modules.CUSTOMER).listCustomerAddresses({ customer_id: b.id })
      const foreign = await api.get(`/store/customers/me/addresses/${addressB.id}`, bearer(a.token, storeHeaders))
      expect(foreign.status).toEqual(404)
      const foreignUpdate = await api.post(
        `/store/customers/me/addresses/${addressB.id}`,
        { first_name: "해킹" },
        bearer(a.token, storeHeaders)
      )
      expect([400, 404]).toContain(foreignUpdate.status)
      const [addressBAfter] = await container.resolve(Modules.CUSTOMER).listCustomerAddresses({ id: addressB.id })
      expect(addressBAfter.first_name).toEqual("비이")

      // no token, no account
      const anonymous = await api.get("/api/v1/user/me", anyStatus)
      expect(anonymous.status).toEqual(401)
      expect(anonymous.data.success).toBe(false)
    })

    it("answers the same 401 for an unknown e-mail and a wrong password", async () => {
      await joinAndLogin(api, "known@example.com")
      const unknown = await api.post("/api/v1/user/login", { user_email: "nobody@example.com", user_password: PASSWORD }, anyStatus)
      const wrong = await api.post("/api/v1/user/login", { user_email: "known@example.com", user_password: "wrongpass1" }, anyStatus)
      expect(unknown.status).toEqual(401)
      expect(wrong.status).toEqual(401)
      expect(unknown.data).toEqual(wrong.data)
      expect(unknown.data.error.message).toEqual("이메일 또는 비밀번호가 올바르지 않습니다.")
    })

    it("refuses the 6th login inside the window with 429 and Retry-After, even with the right password", async () => {
      await joinAndLogin(api, "target@example.com")
      // failures through /api/v1 and through Medusa's own customer login count together
      for (let attempt = 1; attempt <= 5; attempt++) {
        const response =
          attempt <= 3
            ? await api.post(
                "/api/v1/user/login",
                { user_email: "target@example.com", user_password: `guess${attempt}pass` },
                anyStatus
              )
            : await api.post(
                "/auth/customer/emailpass",
                { email: "target@example.com", password: `guess${attempt}pass` },
                anyStatus
              )
        expect({ attempt, status: response.status }).toEqual({ attempt, status: 401 })
      }
      const blocked = await api.post(
        "/api/v1/user/login",
        { user_email: "target@example.com", user_password: PASSWORD },
        anyStatus
      )
      expect(blocked.status).toEqual(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect(blocked.data).toMatchObject({ success: false, error: { code: "too_many_requests" } })
      const blockedMedusa = await api.post(
        "/auth/customer/emailpass",
        { email: "target@example.com", password: PASSWORD },
        anyStatus
      )
      expect(blockedMedusa.status).toEqual(429)
      expect(Number(blockedMedusa.headers["retry-after"])).toBeGreaterThan(0)
    })

    it("leaves no identity, customer or consent behind when the join fails after recording consents", async () => {
      const container = getContainer()
      const email = "rollback@example.com"
      const workflow = joinCustomerWorkflow(container)
      workflow.appendAction("throw", recordConsentsStepId, {
        invoke: async () => {
          throw new Error("injected failure after consents")
        },
      })
      const { errors } = await workflow.run({
        input: {
          email,
          password: PASSWORD,
          name: "롤백",
          phone: "010-1111-2222",
          address: { postal_code: "06236", address_1: "서울특별시 강남구 테헤란로 1", address_2: "" },
          agreed_codes: ["TERMS", "PRIVACY"],
        },
        throwOnError: false,
      })
      expect(errors[0]?.error?.message).toContain("injected failure")

      expect(await identityFor(container, email)).toBeUndefined()
      expect(await container.resolve(Modules.CUSTOMER).listCustomers({ email })).toHaveLength(0)
      const consents = await container.resolve<TermsModuleService>(TERMS_MODULE).listTermConsents({})
      expect(consents).toHaveLength(0)

      // and the e-mail is free for a real join
      expect((await join(api, joinBody(email))).status).toEqual(201)
    })

    it("restores the customer, identity, orders and consents when a secession fails at its last step", async () => {
      const container = getContainer()
      const email = "stay@example.com"
      const { id, token } = await joinAndLogin(api, email)
      const { result: order } = await createOrderWorkflow(container).run({
        input: {
          region_id: regionId,
          customer_id: id,
          email,
          currency_code: "krw",
          shipping_address: { first_name: "김고팡", phone: "010-1234-5678", address_1: "테헤란로 123", country_code: "kr" },
          items: [{ title: "무선 이어폰", quantity: 1, unit_price: 89000 }],
        },
      })

      const workflow = secedeCustomerWorkflow(container)
      workflow.appendAction("throw", revokeActorTokensStepId, {
        invoke: async () => {
          throw new Error("injected failure after revoking")
        },
      })
      const { errors } = await workflow.run({ input: { customer_id: id, token }, throwOnError: false })
      expect(errors[0]?.error?.message).toContain("injected failure")

      const me = await api.get("/api/v1/user/me", bearer(token))
      expect(me.status).toEqual(200)
      expect(me.data.data).toMatchObject({
        user_id: id,
        user_email: email,
        user_name: "김고팡",
        user_phonenumber: "010-1234-5678",
        user_address: "서울특별시 강남구 테헤란로 123",
      })
      expect(await identityFor(container, email)).toBeDefined()
      const [kept] = await container
        .resolve(Modules.ORDER)
        .listOrders({ id: order.id }, { relations: ["shipping_address"] })
      expect(kept.email).toEqual(email)
      expect(kept.shipping_address).toMatchObject({ first_name: "김고팡", phone: "010-1234-5678", address_1: "테헤란로 123" })
      const history = await container
        .resolve<TermsModuleService>(TERMS_MODULE)
        .listTermConsents({ actor_type: ConsentActorType.CUSTOMER, actor_id: id })
      expect(history).toHaveLength(3)
      expect((await api.get("/api/v1/user/me", bearer(await login(api, email)))).status).toEqual(200)
    })

    it("keeps a shopper from rewriting what order rules read (metadata.is_minor) through Medusa's store API", async () => {
      const container = getContainer()
      const { id, token } = await joinAndLogin(api, "minor@example.com")
      const customers = container.resolve(Modules.CUSTOMER)
      await customers.updateCustomers(id, { metadata: { is_minor: true } })
      const headers = { ...storeHeaders, authorization: `Bearer ${token}` }

      const rewrite = await api.post("/store/customers/me", { metadata: { is_minor: false } }, { headers, ...anyStatus })
      expect(rewrite.status).toEqual(400)
      expect(rewrite.data.message).toEqual("metadata.is_minor: 고객이 바꿀 수 없는 항목입니다.")
      const erase = await api.post("/store/customers/me", { metadata: { is_minor: "" } }, { headers, ...anyStatus })
      expect(erase.status).toEqual(400)
      // Everything else stays the shopper's to change.
      const ordinary = await api.post("/store/customers/me", { first_name: "민수", metadata: { nickname: "ms" } }, { headers, ...anyStatus })
      expect(ordinary.status).toEqual(200)
      const after = await customers.retrieveCustomer(id)
      expect([after.first_name, after.metadata?.is_minor, after.metadata?.nickname]).toEqual(["민수", true, "ms"])
    })

    describe("login limits on every login route", () => {
      const wrong = (n: number) => `wrong-password-${n}`
      const statuses = (responses: { status: number }[]) => responses.map((r) => r.status).sort()

      it("answers exactly the limit of 30 parallel wrong passwords for one account with 401, the rest 429", async () => {
        await joinAndLogin(api, "parallel@example.com")
        const responses = await Promise.all(
          Array.from({ length: 30 }, (_, n) =>
            api.post("/auth/customer/emailpass", { email: "parallel@example.com", password: wrong(n) }, anyStatus)
          )
        )
        const counted = statuses(responses)
        expect(counted.filter((status) => status === 401)).toHaveLength(5)
        expect(counted.filter((status) => status === 429)).toHaveLength(25)
        const limited = responses.find((r) => r.status === 429)!
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      })

      it("never locks out another account behind the same address", async () => {
        await joinAndLogin(api, "attacked@example.com")
        await joinAndLogin(api, "neighbour@example.com")
        for (let n = 0; n < 8; n++) {
          await api.post("/api/v1/user/login", { user_email: "attacked@example.com", user_password: wrong(n) }, anyStatus)
        }
        const locked = await api.post("/api/v1/user/login", { user_email: "attacked@example.com", user_password: PASSWORD }, anyStatus)
        expect(locked.status).toEqual(429)
        // same client address, other account: its right password still works, on both login routes
        const neighbour = await api.post("/api/v1/user/login", { user_email: "neighbour@example.com", user_password: PASSWORD }, anyStatus)
        expect(neighbour.status).toEqual(200)
        const medusa = await api.post("/auth/customer/emailpass", { email: "neighbour@example.com", password: PASSWORD }, anyStatus)
        expect(medusa.status).toEqual(200)
      })

      it("limits the operator's and the seller's Medusa logins (and seller registration) like the shopper's", async () => {
        const operatorEmail = "operator-limits@gopang.test"
        await createAdmin(getContainer(), api, operatorEmail, "operator-password-1")
        const registered = await api.post(
          "/auth/seller/emailpass/register",
          { email: "seller-limits@gopang.test", password: "seller-password-1" },
          anyStatus
        )
        expect(registered.status).toEqual(200)
        for (const [route, email, password] of [
          ["/auth/user/emailpass", operatorEmail, "operator-password-1"],
          ["/auth/seller/emailpass", "seller-limits@gopang.test", "seller-password-1"],
        ]) {
          const failures = []
          for (let n = 0; n < 5; n++) {
            failures.push((await api.post(route, { email, password: wrong(n) }, anyStatus)).status)
          }
          expect({ route, failures }).toEqual({ route, failures: [401, 401, 401, 401, 401] })
          // the sixth attempt is refused before its password is looked at, right or not
          const sixth = await api.post(route, { email, password }, anyStatus)
          expect({ route, status: sixth.status }).toEqual({ route, status: 429 })
        }
      })
    })
  },
})
