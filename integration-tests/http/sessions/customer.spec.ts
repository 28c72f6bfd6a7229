import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { AUTH_GUARD_MODULE, type AuthGuardModuleService } from "../../../src/modules/auth-guard"
import { CHAT_MODULE } from "../../../src/modules/chat/constants"
import { startChatSocketServer, type ChatSocketServer } from "../../../src/modules/chat/realtime/server"
import type ChatModuleService from "../../../src/modules/chat/service"
import { seedTerms } from "../../../src/scripts/seed/terms"
import { gopangIntegrationTestRunner } from "../../helpers/runner"
import { connectChat, eventually, type ChatClient } from "../chat/helpers"
import { joinAndLogin, login, PASSWORD, storeBasics } from "../user/helpers"
import {
  anyStatus,
  cookieSession,
  expectEnded as expectSessionEnded,
  probe,
  resetToken,
  watchSocket,
  type SignedIn,
  type WatchedSocket,
} from "./helpers"

jest.setTimeout(180 * 1000)

const REDIS_URL = process.env.CHAT_TEST_REDIS_URL || "redis://127.0.0.1:6379"
// The app's chat server fans out through Redis, so a second chat process (started in a test)
// hears what the app broadcasts: ending sessions must reach sockets on every process.
const CHAT_PREFIX = `gopang:chat:sessions:${randomUUID()}`
process.env.CHAT_PORT = "0"
process.env.CHAT_REDIS_URL = REDIS_URL
process.env.CHAT_REDIS_PREFIX = CHAT_PREFIX

const NEW_PASSWORD = "gopang5678"

gopangIntegrationTestRunner({
  database: "migrated",
  env: { CHAT_PORT: "0", CHAT_REDIS_URL: REDIS_URL, CHAT_REDIS_PREFIX: CHAT_PREFIX },
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let port: number
    let storeHeaders: Record<string, string>
    const sockets: ChatClient[] = []

    const watch = async (token: string, onPort = port): Promise<WatchedSocket> => {
      const watched = await watchSocket(onPort, token)
      sockets.push(watched.socket)
      return watched
    }

    /** Every way this customer was signed in: a bearer token, a cookie session, a chat socket. */
    async function signedIn(email: string, password = PASSWORD): Promise<SignedIn> {
      const token = await login(api, email, password)
      const cookie = await cookieSession(api, token)
      expect(await probe(api, { token })).toEqual(200)
      expect(await probe(api, { cookie })).toEqual(200)
      const storeMe = await api.get("/store/customers/me", { headers: { cookie, ...storeHeaders }, ...anyStatus })
      expect(storeMe.status).toEqual(200)
      const socket = await watch(token)
      return { token, cookie, socket }
    }

    /** All of them refused from now on, and Medusa's store API agrees. */
    async function expectEnded(session: SignedIn, reason: string) {
      await expectSessionEnded(api, port, session, reason)
      for (const headers of [{ authorization: `Bearer ${session.token}` }, { cookie: session.cookie }]) {
        const storeMe = await api.get("/store/customers/me", { headers: { ...headers, ...storeHeaders }, ...anyStatus })
        expect(storeMe.status).toEqual(401)
      }
    }

    beforeAll(async () => {
      container = getContainer()
      port = container.resolve<ChatModuleService>(CHAT_MODULE).realtime().port!
      await seedTerms(container)
      storeHeaders = { "x-publishable-api-key": (await storeBasics(container)).publishableKey }
    })

    afterEach(() => {
      sockets.splice(0).forEach((socket) => socket.close())
    })

    it("a password change (/api/v1/user/usermodify) ends every session, on every chat process; the new password signs in at once", async () => {
      const email = "password@sessions.test"
      await joinAndLogin(api, email)
      const phone = await signedIn(email)
      const laptop = await signedIn(email)

      // A second chat process sharing the Redis adapter, with a socket of this customer.
      const other: ChatSocketServer = await startChatSocketServer({
        container,
        logger: container.resolve(ContainerRegistrationKeys.LOGGER),
        port: 0,
        host: "127.0.0.1",
        jwt: { secret: container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string },
        corsOrigins: [],
        redis: { url: REDIS_URL, prefix: CHAT_PREFIX },
      })
      try {
        const elsewhere = await watch(laptop.token, other.port)

        const changed = await api.put(
          "/api/v1/user/usermodify",
          { current_password: PASSWORD, new_password: NEW_PASSWORD },
          { headers: { authorization: `Bearer ${phone.token}` }, ...anyStatus }
        )
        expect(changed.status).toEqual(200)

        // Signing in again right away (same second as the change, most of the time) works:
        // no token issued after the change's answer is mistaken for an older one.
        const fresh = await login(api, email, NEW_PASSWORD)
        expect(await probe(api, { token: fresh })).toEqual(200)
        const freshCookie = await cookieSession(api, fresh)
        expect(await probe(api, { cookie: freshCookie })).toEqual(200)
        const freshSocket = await watch(fresh)

        await expectEnded(phone, "password_changed")
        await expectEnded(laptop, "password_changed")
        await eventually(() => elsewhere.disconnected.length > 0, "the other process's socket to be dropped")
        expect(elsewhere.ended).toEqual([expect.objectContaining({ reason: "password_changed", connected: true })])

        // The old password no longer signs in; the new sessions are untouched.
        const oldPassword = await api.post("/api/v1/user/login", { user_email: email, user_password: PASSWORD }, anyStatus)
        expect(oldPassword.status).toEqual(401)
        expect(await probe(api, { token: fresh })).toEqual(200)
        expect(await probe(api, { cookie: freshCookie })).toEqual(200)
        expect(freshSocket.socket.connected).toBe(true)
        expect(freshSocket.ended).toEqual([])
      } finally {
        await other.close()
      }
    })

    it("Medusa's reset flow (/auth/customer/emailpass/update) ends every session too", async () => {
      const email = "reset@sessions.test"
      await joinAndLogin(api, email)
      const before = await signedIn(email)
      const firstToken = await resetToken(container, "customer", email)

      const weak = await api.post(
        "/auth/customer/emailpass/update",
        { password: "short" },
        { headers: { authorization: `Bearer ${firstToken}` }, ...anyStatus }
      )
      expect(weak.status).toEqual(400)
      expect(JSON.stringify(weak.data)).toMatch(/비밀번호/)
      // The reset token is single use (Medusa consumed it above): ask for another.
      const secondToken = await resetToken(container, "customer", email)
      const reset = await api.post(
        "/auth/customer/emailpass/update",
        { password: NEW_PASSWORD },
        { headers: { authorization: `Bearer ${secondToken}` }, ...anyStatus }
      )
      expect(reset.status).toEqual(200)
      expect(reset.data).toEqual({ success: true })

      const fresh = await login(api, email, NEW_PASSWORD)
      expect(await probe(api, { token: fresh })).toEqual(200)
      await expectEnded(before, "password_changed")
    })

    it("logout through the cookie (DELETE /auth/session) ends the bearer tokens and sockets too", async () => {
      const email = "cookie-logout@sessions.test"
      await joinAndLogin(api, email)
      const browser = await signedIn(email)
      const app = await signedIn(email)

      const loggedOut = await api.delete("/auth/session", { headers: { cookie: browser.cookie }, ...anyStatus })
      expect(loggedOut.status).toEqual(200)

      const again = await signedIn(email)
      await expectEnded(app, "logged_out")
      // the browser's own cookie is gone as Medusa always did; its token and socket ended as well
      expect(await probe(api, { cookie: browser.cookie })).toEqual(401)
      expect(await probe(api, { token: browser.token })).toEqual(401)
      await eventually(() => browser.socket.disconnected.length > 0, "the browser's socket to be dropped")
      expect(browser.socket.ended).toEqual([expect.objectContaining({ reason: "logged_out" })])
      expect(await probe(api, { cookie: again.cookie })).toEqual(200)
    })

    it("logout through /api/v1/user/logout ends the cookie sessions too", async () => {
      const email = "bearer-logout@sessions.test"
      await joinAndLogin(api, email)
      const app = await signedIn(email)
      const browser = await signedIn(email)
      const tablet = await signedIn(email)
      const car = await signedIn(email)
      const kiosk = await signedIn(email)

      const loggedOut = await api.put("/api/v1/user/logout", {}, { headers: { authorization: `Bearer ${app.token}` }, ...anyStatus })
      expect(loggedOut.status).toEqual(200)

      // A browser still holding an ended cookie signs in again without clearing it first.
      const token = await login(api, email)
      const renewed = await api.post(
        "/auth/session",
        {},
        { headers: { authorization: `Bearer ${token}`, cookie: tablet.cookie }, ...anyStatus }
      )
      expect(renewed.status).toEqual(200)
      const renewedCookie = (renewed.headers["set-cookie"] ?? []).map((line: string) => line.split(";")[0])[0]
      expect(renewedCookie).not.toEqual(tablet.cookie)
      expect(await probe(api, { cookie: renewedCookie })).toEqual(200)
      // A fresh bearer token beside an ended cookie is judged on its own (Medusa would otherwise
      // read the cookie first).
      const beside = await api.get("/api/v1/chat/rooms", {
        headers: { authorization: `Bearer ${token}`, cookie: car.cookie },
        ...anyStatus,
      })
      expect(beside.status).toEqual(200)
      // Medusa's own login route with an ended cookie signs in too.
      const medusaLogin = await api.post(
        "/auth/customer/emailpass",
        { email, password: PASSWORD },
        { headers: { cookie: kiosk.cookie }, ...anyStatus }
      )
      expect(medusaLogin.status).toEqual(200)

      await expectEnded(app, "logged_out")
      await expectEnded(browser, "logged_out")
    })

    it("secession ends every session", async () => {
      const email = "secession@sessions.test"
      await joinAndLogin(api, email)
      const app = await signedIn(email)
      const browser = await signedIn(email)

      const seceded = await api.delete("/api/v1/user/secession", {
        data: { user_password: PASSWORD },
        headers: { authorization: `Bearer ${app.token}` },
        ...anyStatus,
      })
      expect(seceded.status).toEqual(200)

      await expectEnded(app, "seceded")
      await expectEnded(browser, "seceded")
    })

    it("the mark is a whole second and tokens from the second before it are refused", async () => {
      const authGuard = container.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
      const email = "mark@sessions.test"
      const { id } = await joinAndLogin(api, email)
      const session = await signedIn(email)
      const changed = await api.put(
        "/api/v1/user/usermodify",
        { current_password: PASSWORD, new_password: NEW_PASSWORD },
        { headers: { authorization: `Bearer ${session.token}` }, ...anyStatus }
      )
      expect(changed.status).toEqual(200)
      const mark = await authGuard.sessionsValidFrom("customer", id)
      expect(mark!.getTime() % 1000).toEqual(0)
      // The answer came after the mark's second began.
      expect(Date.now()).toBeGreaterThanOrEqual(mark!.getTime())
    })
  },
})
