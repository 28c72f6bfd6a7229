import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { AUTH_GUARD_MODULE, nextWholeSecond, TooManyRequestsError } from "../../src/modules/auth-guard"
import AuthGuardModuleService, { hashToken } from "../../src/modules/auth-guard/service"

jest.setTimeout(60 * 1000)

function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.signature`
}

moduleIntegrationTestRunner<AuthGuardModuleService>({
  moduleName: AUTH_GUARD_MODULE,
  resolve: "./src/modules/auth-guard",
  moduleOptions: { maxLoginFailures: 3, maxAddressAttempts: 10, loginWindowSeconds: 600 },
  testSuite: ({ service }) => {
    describe("token revocation", () => {
      it("revokes a token by its hash until it expires, and only that token", async () => {
        const exp = Math.floor(Date.now() / 1000) + 3600
        const token = fakeJwt({ actor_type: "customer", actor_id: "cus_1", exp })
        const other = fakeJwt({ actor_type: "customer", actor_id: "cus_1", exp: exp + 1 })

        expect(await service.isTokenRevoked(token)).toBe(false)
        await service.revokeToken(token)
        await service.revokeToken(token)

        expect(await service.isTokenRevoked(token)).toBe(true)
        expect(await service.isTokenRevoked(other)).toBe(false)
        const rows = await service.listRevokedTokens({})
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ token_hash: hashToken(token), actor_id: "cus_1" })
        expect(new Date(rows[0].expires_at).getTime()).toEqual(exp * 1000)
        expect(JSON.stringify(rows)).not.toContain(token)
      })

      it("purges revocations of expired tokens", async () => {
        const expired = fakeJwt({ actor_id: "cus_2", exp: Math.floor(Date.now() / 1000) - 10 })
        const live = fakeJwt({ actor_id: "cus_3", exp: Math.floor(Date.now() / 1000) + 600 })
        await service.revokeToken(expired)
        await service.revokeToken(live)
        await service.purgeExpired()
        expect(await service.isTokenRevoked(expired)).toBe(false)
        expect(await service.isTokenRevoked(live)).toBe(true)
      })
    })

    describe("ending every session of an actor", () => {
      it("refuses the actor's tokens issued before the cutoff, not later ones or other actors'", async () => {
        const now = Math.floor(Date.now() / 1000)
        const old = fakeJwt({ actor_type: "customer", actor_id: "cus_9", iat: now - 60, exp: now + 3600 })
        const otherDevice = fakeJwt({ actor_type: "customer", actor_id: "cus_9", iat: now - 5, exp: now + 3600 })
        const someoneElse = fakeJwt({ actor_type: "customer", actor_id: "cus_8", iat: now - 60, exp: now + 3600 })
        const sameIdAsSeller = fakeJwt({ actor_type: "seller", actor_id: "cus_9", iat: now - 60, exp: now + 3600 })

        expect(await service.revokeActorTokens("customer", "cus_9", new Date(now * 1000))).toBeNull()
        expect(await service.isTokenRevoked(old)).toBe(true)
        expect(await service.isTokenRevoked(otherDevice)).toBe(true)
        expect(await service.isTokenRevoked(someoneElse)).toBe(false)
        expect(await service.isTokenRevoked(sameIdAsSeller)).toBe(false)
        const later = fakeJwt({ actor_type: "customer", actor_id: "cus_9", iat: now + 1, exp: now + 3600 })
        expect(await service.isTokenRevoked(later)).toBe(false)

        // a second cutoff replaces the first, and restoring puts the first back
        const previous = await service.revokeActorTokens("customer", "cus_9", new Date((now + 10) * 1000))
        expect(previous?.getTime()).toEqual(now * 1000)
        expect(await service.isTokenRevoked(later)).toBe(true)
        await service.restoreActorTokens("customer", "cus_9", previous)
        expect(await service.isTokenRevoked(later)).toBe(false)
        await service.restoreActorTokens("customer", "cus_9", null)
        expect(await service.isTokenRevoked(old)).toBe(false)
      })
    })

    describe("the mark on a whole second", () => {
      it("is the start of the next second, never the current one", () => {
        expect(nextWholeSecond(1_700_000_000_000).getTime()).toEqual(1_700_000_001_000)
        expect(nextWholeSecond(1_700_000_000_999).getTime()).toEqual(1_700_000_001_000)
      })

      it("refuses a token issued in the second the mark was set, accepts one from the mark's own second", async () => {
        // The mark is set now (default: the next whole second). A token issued a moment ago has
        // iat = the current second, the same second as the change: it must be refused, which a
        // mark of "now" compared with whole-second iat would get wrong.
        const now = Date.now()
        const second = Math.floor(now / 1000)
        const sameSecond = fakeJwt({ actor_type: "customer", actor_id: "cus_7", iat: second, exp: second + 3600 })
        const markSecond = fakeJwt({ actor_type: "customer", actor_id: "cus_7", iat: second + 1, exp: second + 3600 })
        await service.revokeActorTokens("customer", "cus_7")
        const mark = await service.sessionsValidFrom("customer", "cus_7")
        expect(mark!.getTime()).toEqual((second + 1) * 1000)
        expect(await service.isTokenRevoked(sameSecond)).toBe(true)
        expect(await service.isTokenRevoked(markSecond)).toBe(false)
      })

      it("ends cookie sessions established before the mark, in ms, and unstamped ones once there is a mark", async () => {
        expect(await service.isSessionEnded("customer", "cus_6", undefined)).toBe(false)
        const mark = new Date(Math.floor(Date.now() / 1000) * 1000)
        await service.revokeActorTokens("customer", "cus_6", mark)
        expect(await service.isSessionEnded("customer", "cus_6", mark.getTime() - 1)).toBe(true)
        expect(await service.isSessionEnded("customer", "cus_6", undefined)).toBe(true)
        expect(await service.isSessionEnded("customer", "cus_6", mark.getTime())).toBe(false)
        expect(await service.isSessionEnded("seller", "cus_6", mark.getTime() - 1)).toBe(false)
      })
    })

    describe("login limits", () => {
      const kim = { account: "customer:kim@gopang.kr", address: "10.0.0.1" }
      const lee = { account: "customer:lee@gopang.kr", address: "10.0.0.1" }

      it("refuses the attempt after the account's limit with a Retry-After inside the window", async () => {
        for (let attempt = 0; attempt < 3; attempt++) {
          await service.claimLoginAttempt(kim)
          await service.settleLoginAttempt(kim, false)
        }
        const error = await service.claimLoginAttempt(kim).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(TooManyRequestsError)
        expect((error as TooManyRequestsError).retryAfterSeconds).toBeGreaterThan(590)
        expect((error as TooManyRequestsError).retryAfterSeconds).toBeLessThanOrEqual(600)

        // another account behind the same address is not locked out by kim's failures
        await service.claimLoginAttempt(lee)
        await service.settleLoginAttempt(lee, true)
        // a success clears only its own account: kim stays locked
        await expect(service.claimLoginAttempt(kim)).rejects.toBeInstanceOf(TooManyRequestsError)
      })

      it("counts parallel attempts atomically: exactly the limit get through", async () => {
        // Each from its own address: with one address for all 12, the address limit (10) would
        // refuse whichever claims reach it last, and which those are is a race of its own.
        const outcomes = await Promise.allSettled(
          Array.from({ length: 12 }, (_, i) => service.claimLoginAttempt({ account: "seller:park@gopang.kr", address: `10.0.2.${i}` }))
        )
        expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(3)
        expect(outcomes.filter((o) => o.status === "rejected" && o.reason instanceof TooManyRequestsError)).toHaveLength(9)
      })

      it("limits one address across accounts, far above the account limit, and gives successes back", async () => {
        const address = "10.0.0.3"
        // moduleOptions below: 10 attempts per address
        for (let n = 0; n < 10; n++) {
          const keys = { account: `customer:shopper${n}@gopang.kr`, address }
          await service.claimLoginAttempt(keys)
          // every other shopper types the right password: those attempts are given back
          await service.settleLoginAttempt(keys, n % 2 === 0)
        }
        for (let n = 10; n < 15; n++) {
          await service.claimLoginAttempt({ account: `customer:shopper${n}@gopang.kr`, address })
        }
        await expect(
          service.claimLoginAttempt({ account: "customer:late@gopang.kr", address })
        ).rejects.toBeInstanceOf(TooManyRequestsError)
      })
    })
  },
})
