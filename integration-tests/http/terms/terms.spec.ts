import { seedTerms } from "../../../src/scripts/seed/terms"
import { SEED_TERMS } from "../../../src/scripts/seed/terms-data"
import { createAdmin } from "../../helpers/admin"
import { anyStatus, bearer, joinAndLogin } from "../user/helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(180 * 1000)

const seeded = (code: string) => SEED_TERMS.find((term) => term.code === code)!

gopangIntegrationTestRunner({
  database: "migrated",
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: { authorization: string }; validateStatus: () => boolean }

    beforeAll(async () => {
      const container = getContainer()
      await seedTerms(container)
      // idempotent: a second run adds nothing
      await seedTerms(container)
      admin = { headers: await createAdmin(container, api), validateStatus: () => true }
    })

    it("serves each policy in force publicly, and older versions with ?version=", async () => {
      const list = await api.get("/api/v1/policies")
      expect(list.data.success).toBe(true)
      expect(list.data.data.map((policy: { policy: string }) => policy.policy)).toEqual([
        "terms",
        "privacy",
        "marketing",
        "product",
        "youth",
        "seller",
        "service",
        "vdp",
      ])

      const expected: [string, string, string][] = [
        ["terms", "TERMS", "고팡 이용약관"],
        ["product", "REVIEW_POLICY", "상품평 및 상품문의 운영원칙"],
        ["youth", "YOUTH", "청소년보호정책"],
        ["seller", "SELLER", "판매이용약관"],
        ["service", "SERVICE", "고팡 서비스이용정책"],
        ["vdp", "VDP", "취약점공개정책"],
      ]
      for (const [slug, code, title] of expected) {
        const response = await api.get(`/api/v1/policies/${slug}`, anyStatus)
        expect({ slug, status: response.status }).toEqual({ slug, status: 200 })
        expect(response.data.data).toMatchObject({
          policy: slug,
          tos_code: code,
          tos_name: title,
          tos_version: 1,
          tos_content: seeded(code).content,
          versions: [expect.objectContaining({ tos_version: 1, in_force: true })],
        })
      }

      const unknown = await api.get("/api/v1/policies/cookies", anyStatus)
      expect(unknown.status).toEqual(404)
      expect(unknown.data.success).toBe(false)
      const badVersion = await api.get("/api/v1/policies/terms?version=abc", anyStatus)
      expect(badVersion.status).toEqual(400)
      expect(badVersion.data.error.fields).toEqual(["version"])
      expect((await api.get("/api/v1/policies/terms?version=9", anyStatus)).status).toEqual(404)
    })

    it("lets only admins list and publish terms; a new version never edits the old one", async () => {
      expect((await api.get("/admin/terms", anyStatus)).status).toEqual(401)
      const customer = await joinAndLogin(api, "notadmin@example.com")
      expect((await api.get("/admin/terms", bearer(customer.token))).status).toEqual(401)
      expect(
        (await api.post("/admin/terms", { code: "TERMS", content: "해킹" }, bearer(customer.token))).status
      ).toEqual(401)

      const all = await api.get("/admin/terms", admin)
      expect(all.status).toEqual(200)
      expect(all.data.count).toEqual(SEED_TERMS.length)

      const published = await api.post(
        "/admin/terms",
        { code: "TERMS", content: "제1조 (목적) 개정된 고팡 이용약관입니다." },
        admin
      )
      expect(published.status).toEqual(201)
      expect(published.data.term).toMatchObject({
        code: "TERMS",
        version: 2,
        title: "고팡 이용약관",
        required: true,
        audience: "customer",
      })

      const current = await api.get("/api/v1/policies/terms")
      expect(current.data.data).toMatchObject({ tos_version: 2, tos_content: "제1조 (목적) 개정된 고팡 이용약관입니다." })
      expect(current.data.data.versions.map((v: { tos_version: number }) => v.tos_version)).toEqual([2, 1])
      const old = await api.get("/api/v1/policies/terms?version=1")
      expect(old.data.data).toMatchObject({ tos_version: 1, tos_content: seeded("TERMS").content })

      const versions = await api.get("/admin/terms?code=TERMS", admin)
      expect(versions.data.terms.map((term: { version: number }) => term.version)).toEqual([2, 1])
      const inForce = await api.get("/admin/terms?current=true", admin)
      expect(inForce.data.count).toEqual(SEED_TERMS.length)

      const noTitle = await api.post("/admin/terms", { code: "NEWSLETTER", content: "내용" }, admin)
      expect(noTitle.status).toEqual(400)
      const invalid = await api.post("/admin/terms", { code: "TERMS", content: "" }, admin)
      expect(invalid.status).toEqual(400)
    })

    it("reports a new required version as pending until the customer re-consents; the history keeps both", async () => {
      const { token } = await joinAndLogin(api, "reconsent@example.com")
      expect((await api.get("/api/v1/user/me", bearer(token))).data.data.pending_terms).toEqual([])

      await api.post("/admin/terms", { code: "TERMS", content: "개정 이용약관 v2" }, admin)
      // announced ahead of its date: not in force, so not pending yet
      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString()
      await api.post("/admin/terms", { code: "PRIVACY", content: "개정 예정 개인정보 동의", effective_at: tomorrow }, admin)

      const me = await api.get("/api/v1/user/me", bearer(token))
      expect(me.data.data.pending_terms).toEqual([
        expect.objectContaining({ tos_code: "TERMS", tos_version: 2, tos_essential: true }),
      ])
      const privacy = await api.get("/api/v1/policies/privacy")
      expect(privacy.data.data.tos_version).toEqual(1)
      expect(privacy.data.data.versions).toEqual([
        expect.objectContaining({ tos_version: 2, in_force: false }),
        expect.objectContaining({ tos_version: 1, in_force: true }),
      ])

      const outdated = await api.post(
        "/api/v1/user/consents",
        { consents: [{ tos_code: "TERMS", agree_whether: true, tos_version: 1 }] },
        bearer(token)
      )
      expect(outdated.status).toEqual(400)

      const reconsent = await api.post(
        "/api/v1/user/consents",
        { consents: [{ tos_code: "TERMS", agree_whether: true, tos_version: 2 }] },
        bearer(token)
      )
      expect(reconsent.status).toEqual(200)
      expect(reconsent.data.data.pending_terms).toEqual([])
      expect((await api.get("/api/v1/user/me", bearer(token))).data.data.pending_terms).toEqual([])

      const history = await api.get("/api/v1/user/consents", bearer(token))
      const termsRows = history.data.data.history.filter((row: { tos_code: string }) => row.tos_code === "TERMS")
      expect(termsRows).toEqual([
        expect.objectContaining({ tos_version: 2, agree_whether: true }),
        expect.objectContaining({ tos_version: 1, agree_whether: true }),
      ])

      const stats = await api.get("/admin/terms/statistics?code=TERMS", admin)
      expect(stats.status).toEqual(200)
      expect(stats.data.statistics).toEqual([
        expect.objectContaining({ version: 2, agreed: 1, currently_agreeing: { customer: 1, seller: 0 } }),
        expect.objectContaining({ version: 1, agreed: 1, currently_agreeing: { customer: 0, seller: 0 } }),
      ])
    })

    it("withdraws and re-agrees optional terms, but never withdraws a required one or agrees to a policy", async () => {
      const { token } = await joinAndLogin(api, "marketing@example.com")
      const consent = (tos_code: string, agree_whether: boolean) =>
        api.post("/api/v1/user/consents", { consents: [{ tos_code, agree_whether }] }, bearer(token))

      const withdrawn = await consent("MARKETING", false)
      expect(withdrawn.status).toEqual(200)
      expect(withdrawn.data.data.recorded[0]).toMatchObject({ tos_code: "MARKETING", agree_whether: false })
      expect(withdrawn.data.data.recorded[0].withdrawn_at).toBeTruthy()
      const again = await consent("MARKETING", true)
      expect(again.data.data.recorded[0]).toMatchObject({ agree_whether: true, withdrawn_at: null })

      const history = await api.get("/api/v1/user/consents", bearer(token))
      const marketing = history.data.data.history.filter((row: { tos_code: string }) => row.tos_code === "MARKETING")
      expect(marketing.map((row: { agree_whether: boolean }) => row.agree_whether)).toEqual([true, false, true])

      const required = await consent("PRIVACY", false)
      expect(required.status).toEqual(400)
      expect(required.data.error.message).toContain("필수 약관")
      expect((await consent("YOUTH", true)).status).toEqual(400)
      expect((await consent("SELLER", true)).status).toEqual(400)
      const malformed = await api.post(
        "/api/v1/user/consents",
        { consents: [{ tos_code: "MARKETING", agree_whether: "yes" }] },
        bearer(token)
      )
      expect(malformed.status).toEqual(400)
      expect(malformed.data.error.fields).toEqual(["consents.0.agree_whether"])
      expect((await api.post("/api/v1/user/consents", { consents: [] }, anyStatus)).status).toEqual(401)

      const me = await api.get("/api/v1/user/me", bearer(token))
      expect(me.data.data.consents).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ tos_code: "MARKETING", agree_whether: true }),
          expect.objectContaining({ tos_code: "PRIVACY", agree_whether: true }),
        ])
      )
    })
  },
})
