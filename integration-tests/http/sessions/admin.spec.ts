import type { MedusaContainer } from "@medusajs/framework/types"
import { CHAT_MODULE } from "../../../src/modules/chat/constants"
import type ChatModuleService from "../../../src/modules/chat/service"
import { createAdmin } from "../../helpers/admin"
import { gopangIntegrationTestRunner } from "../../helpers/runner"
import type { ChatClient } from "../chat/helpers"
import { anyStatus, cookieSession, expectEnded, probe, resetToken, watchSocket, type SignedIn } from "./helpers"

jest.setTimeout(180 * 1000)

process.env.CHAT_PORT = "0"

const EMAIL = "operator@sessions.test"
const PASSWORD = "operator-password-1"
const NEW_PASSWORD = "operator-password-2"

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
      await createAdmin(container, api, EMAIL, PASSWORD)
    })

    afterEach(() => {
      sockets.splice(0).forEach((socket) => socket.close())
    })

    async function operatorLogin(password: string): Promise<string> {
      const response = await api.post("/auth/user/emailpass", { email: EMAIL, password }, anyStatus)
      expect(response.status).toEqual(200)
      return response.data.token
    }

    /** The dashboard signs in with a cookie session; an integration with the bearer token. */
    async function signedIn(password: string): Promise<SignedIn> {
      const token = await operatorLogin(password)
      const cookie = await cookieSession(api, token)
      expect(await probe(api, { token })).toEqual(200)
      const me = await api.get("/admin/users/me", { headers: { cookie }, ...anyStatus })
      expect(me.status).toEqual(200)
      const socket = await watchSocket(port, token)
      sockets.push(socket.socket)
      return { token, cookie, socket }
    }

    it("an operator's password change (Medusa's reset flow) and dashboard logout end every operator session", async () => {
      const dashboard = await signedIn(PASSWORD)
      const reset = await api.post(
        "/auth/user/emailpass/update",
        { password: NEW_PASSWORD },
        { headers: { authorization: `Bearer ${await resetToken(container, "user", EMAIL)}` }, ...anyStatus }
      )
      expect(reset.status).toEqual(200)
      const fresh = await signedIn(NEW_PASSWORD)
      await expectEnded(api, port, dashboard, "password_changed")
      const adminApi = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${dashboard.token}` }, ...anyStatus })
      expect(adminApi.status).toEqual(401)

      const other = await signedIn(NEW_PASSWORD)
      const loggedOut = await api.delete("/auth/session", { headers: { cookie: fresh.cookie }, ...anyStatus })
      expect(loggedOut.status).toEqual(200)
      await expectEnded(api, port, other, "logged_out")
      expect(await probe(api, { token: await operatorLogin(NEW_PASSWORD) })).toEqual(200)
    })
  },
})
