import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ConsentActorType, TERMS_MODULE, TermAudience, TermKind, type TermsModuleService } from "../../src/modules/terms"

jest.setTimeout(60 * 1000)

const DAY = 24 * 3600 * 1000

moduleIntegrationTestRunner<TermsModuleService>({
  moduleName: TERMS_MODULE,
  resolve: "./src/modules/terms",
  testSuite: ({ service }) => {
    const past = new Date(Date.now() - DAY)

    async function seedBasics() {
      await service.publishTermVersion({ code: "TERMS", title: "이용약관", content: "v1", audience: TermAudience.CUSTOMER, required: true, effective_at: past })
      await service.publishTermVersion({ code: "PRIVACY", title: "개인정보", content: "v1", audience: TermAudience.ALL, required: true, effective_at: past })
      await service.publishTermVersion({ code: "MARKETING", title: "마케팅", content: "v1", audience: TermAudience.CUSTOMER, required: false, effective_at: past })
      await service.publishTermVersion({ code: "SELLER", title: "판매이용약관", content: "v1", audience: TermAudience.SELLER, required: true, effective_at: past })
      await service.publishTermVersion({ code: "VDP", title: "취약점공개정책", content: "v1", audience: TermAudience.ALL, kind: TermKind.POLICY, effective_at: past })
    }

    it("publishes versions as new rows and picks the newest one in force", async () => {
      await seedBasics()
      const v2 = await service.publishTermVersion({ code: "TERMS", content: "v2", effective_at: new Date() })
      await service.publishTermVersion({ code: "TERMS", content: "v3", effective_at: new Date(Date.now() + DAY) })
      expect(v2).toMatchObject({ version: 2, title: "이용약관", audience: "customer", required: true })

      const versions = await service.listTermVersions("TERMS")
      expect(versions.map((term) => [term.version, term.content])).toEqual([
        [3, "v3"],
        [2, "v2"],
        [1, "v1"],
      ])
      expect((await service.retrieveTermVersion("TERMS")).version).toEqual(2)
      expect((await service.retrieveTermVersion("TERMS", 1)).content).toEqual("v1")
      await expect(service.retrieveTermVersion("NOPE")).rejects.toThrow("NOPE")
    })

    it("gives sellers their own required terms and records their consents next to customers'", async () => {
      await seedBasics()
      const sellerTerms = await service.currentTerms({ audience: ConsentActorType.SELLER, kind: TermKind.AGREEMENT })
      expect(sellerTerms.map((term) => term.code).sort()).toEqual(["PRIVACY", "SELLER"])
      expect((await service.pendingRequiredTerms(ConsentActorType.SELLER, "sel_1")).map((term) => term.code).sort()).toEqual([
        "PRIVACY",
        "SELLER",
      ])

      const rows = await service.recordConsents({
        actor_type: ConsentActorType.SELLER,
        actor_id: "sel_1",
        terms: [
          { code: "SELLER", agreed: true },
          { code: "PRIVACY", version: 1, agreed: true },
        ],
        ip: "10.0.0.1",
        user_agent: "jest",
      })
      expect(rows).toHaveLength(2)
      expect(rows[0]).toMatchObject({ actor_type: "seller", actor_id: "sel_1", agreed: true, ip: "10.0.0.1" })
      expect(await service.pendingRequiredTerms(ConsentActorType.SELLER, "sel_1")).toEqual([])
      // a customer with the same id is someone else
      expect(await service.pendingRequiredTerms(ConsentActorType.CUSTOMER, "sel_1")).toHaveLength(2)

      await expect(
        service.recordConsents({ actor_type: ConsentActorType.SELLER, actor_id: "sel_1", terms: [{ code: "MARKETING", agreed: true }] })
      ).rejects.toThrow("MARKETING")
      await expect(
        service.recordConsents({ actor_type: ConsentActorType.CUSTOMER, actor_id: "cus_1", terms: [{ code: "VDP", agreed: true }] })
      ).rejects.toThrow("VDP")
      await expect(
        service.recordConsents({
          actor_type: ConsentActorType.CUSTOMER,
          actor_id: "cus_1",
          terms: [
            { code: "TERMS", agreed: true },
            { code: "TERMS", agreed: true },
          ],
        })
      ).rejects.toThrow("TERMS")
    })

    it("appends a withdrawal instead of editing the agreement, and counts it in the statistics", async () => {
      await seedBasics()
      const actor = { actor_type: ConsentActorType.CUSTOMER, actor_id: "cus_1" }
      const [agreed] = await service.recordConsents({ ...actor, terms: [{ code: "MARKETING", agreed: true }] })
      const [withdrawn] = await service.recordConsents({ ...actor, terms: [{ code: "MARKETING", agreed: false }] })
      const [declined] = await service.recordConsents({ actor_type: ConsentActorType.CUSTOMER, actor_id: "cus_2", terms: [{ code: "MARKETING", agreed: false }] })

      expect(withdrawn.withdrawn_at).toBeTruthy()
      expect(declined.withdrawn_at).toBeNull()
      const unchanged = await service.retrieveTermConsent(agreed.id)
      expect(unchanged).toMatchObject({ agreed: true, withdrawn_at: null })

      const [stats] = await service.consentStatistics({ codes: ["MARKETING"] })
      expect(stats).toMatchObject({ code: "MARKETING", version: 1, agreed: 1, declined: 1, withdrawn: 1, currently_agreeing: { customer: 0, seller: 0 } })
    })
  },
})
