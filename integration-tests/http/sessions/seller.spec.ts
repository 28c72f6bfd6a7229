import type { MedusaContainer } from "@medusajs/framework/types"
import { CHAT_MODULE } from "../../../src/modules/chat/constants"
import type ChatModuleService from "../../../src/modules/chat/service"
import { seedTerms } from "../../../src/scripts/seed/terms"
import { gopangIntegrationTestRunner } from "../../helpers/runner"
import type { ChatClient } from "../chat/helpers"
import { join as joinCustomer, joinBody as customerJoinBody } from "../user/helpers"
import { sellerJoinBody } from "../seller/helpers"
import { anyStatus, cookieSession, expectEnded, probe, resetToken, watchSocket, type SignedIn } from "./helpers"

jest.setTimeout(180 * 1000)

process.env.CHAT_PORT = "0"

const PASSWORD = "seller-password-1"
const NEW_PASSWORD = "seller-password-2"
/** Valid 사업자등록번호 (check digit holds), one per seller. */
const BUSINESS_NUMBERS = ["1208112342", "2148654322", "1058743213"]


gopangIntegrationTestRunner({
  database: "migrated",
  env: { CHAT_PORT: "0" },
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let port: number
    const sockets: ChatClient[] = []

    beforeAll(async () => {
      container = getContainer()
      port = container.resolve<ChatModuleService>(CHAT_MODULE).realtime().port!
      await seedTerms(container)
    })

    afterEach(() => {
      sockets.splice(0).forEach((socket) => socket.close())
    })

    async function sellerLogin(email: string, password = PASSWORD): Promise<string> {
      const response = await api.post("/api/v1/seller/login", { email, password }, anyStatus)
      expect(response.status).toEqual(200)
      return response.data.data.token
    }

    async function join(email: string, businessNumber: string): Promise<void> {
      const response = await api.post("/api/v1/seller/join", sellerJoinBody(email, PASSWORD, businessNumber, { name: "세션상점" }), anyStatus)
      expect(response.status).toEqual(201)
    }

    async function signedIn(email: string, password = PASSWORD): Promise<SignedIn> {
      const token = await sellerLogin(email, password)
      const cookie = await cookieSession(api, token)
      expect(await probe(api, { token })).toEqual(200)
      expect(await probe(api, { cookie })).toEqual(200)
      const profile = await api.get("/api/v1/seller/sellermodify", { headers: { authorization: `Bearer ${token}` }, ...anyStatus })
      expect(profile.status).toEqual(200)
      const socket = await watchSocket(port, token)
      sockets.push(socket.socket)
      return { token, cookie, socket }
    }

    it("a seller's password change (Medusa's reset flow) ends every seller session", async () => {
      const email = "reset@seller-sessions.test"
      await join(email, BUSINESS_NUMBERS[0])
      const panel = await signedIn(email)
      const app = await signedIn(email)

      const reset = await api.post(
        "/auth/seller/emailpass/update",
        { password: NEW_PASSWORD },
        { headers: { authorization: `Bearer ${await resetToken(container, "seller", email)}` }, ...anyStatus }
      )
      expect(reset.status).toEqual(200)

      const fresh = await sellerLogin(email, NEW_PASSWORD)
      expect(await probe(api, { token: fresh })).toEqual(200)
      await expectEnded(api, port, panel, "password_changed")
      await expectEnded(api, port, app, "password_changed")
      const profile = await api.get("/api/v1/seller/sellermodify", { headers: { authorization: `Bearer ${panel.token}` }, ...anyStatus })
      expect(profile.status).toEqual(401)
      const oldPassword = await api.post("/api/v1/seller/login", { email, password: PASSWORD }, anyStatus)
      expect(oldPassword.status).toEqual(401)
    })

    it("one e-mail as customer and seller: the customer's new password ends the seller's sessions too", async () => {
      const email = "both@seller-sessions.test"
      await join(email, BUSINESS_NUMBERS[1])
      const joined = await joinCustomer(api, customerJoinBody(email, { user_password: PASSWORD }))
      expect(joined.status).toEqual(201)
      const seller = await signedIn(email)
      const customerLogin = await api.post("/api/v1/user/login", { user_email: email, user_password: PASSWORD }, anyStatus)
      expect(customerLogin.status).toEqual(200)

      const changed = await api.put(
        "/api/v1/user/usermodify",
        { current_password: PASSWORD, new_password: NEW_PASSWORD },
        { headers: { authorization: `Bearer ${customerLogin.data.data.access_token}` }, ...anyStatus }
      )
      expect(changed.status).toEqual(200)

      await expectEnded(api, port, seller, "password_changed")
      expect(await probe(api, { token: await sellerLogin(email, NEW_PASSWORD) })).toEqual(200)
    })

    it("seller logout (/api/v1/seller/logout) ends the cookie sessions and sockets; secession ends the rest", async () => {
      const email = "logout@seller-sessions.test"
      await join(email, BUSINESS_NUMBERS[2])
      const app = await signedIn(email)
      const panel = await signedIn(email)

      const loggedOut = await api.put("/api/v1/seller/logout", {}, { headers: { authorization: `Bearer ${app.token}` }, ...anyStatus })
      expect(loggedOut.status).toEqual(200)
      await expectEnded(api, port, app, "logged_out")
      await expectEnded(api, port, panel, "logged_out")

      const again = await signedIn(email)
      const seceded = await api.delete("/api/v1/seller/secession", {
        headers: { authorization: `Bearer ${again.token}` },
        ...anyStatus,
      })
      expect(seceded.status).toEqual(200)
      await expectEnded(api, port, again, "seceded")
    })
  },
})
