import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosResponse } from "axios"
import { createAdmin } from "../../helpers/admin"
import { CHAT_MODULE } from "../../../src/modules/chat/constants"
import type ChatModuleService from "../../../src/modules/chat/service"
import { SELLER_MODULE, type SellerModuleService } from "../../../src/modules/seller"
import { createChatRoomStepId, openAdminChatRoomWorkflow } from "../../../src/workflows/chat"
import { createPublishableKey, jwtSecret, mintToken, registerCustomer } from "./helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(120 * 1000)
process.env.CHAT_PORT = "0"

/** Operators open and list the admin side of counselling rooms (`/admin/chat`). */
gopangIntegrationTestRunner({
  database: "migrated",
  env: { CHAT_PORT: "0" },
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let adminHeaders: { authorization: string }
    let sellerHeaders: { authorization: string }
    let customer: { id: string; token: string }
    const sellerId = "sel_admin_chat_1"

    const status = (promise: Promise<AxiosResponse>) =>
      promise.then(
        (response) => response.status,
        (error: { response?: { status: number } }) => error.response?.status
      )

    beforeAll(async () => {
      container = getContainer()
      const publishableKey = await createPublishableKey(container)
      customer = await registerCustomer(api, publishableKey, "buyer@admin-chat.test")
      adminHeaders = await createAdmin(container, api, "operator@admin-chat.test")
      await container.resolve<SellerModuleService>(SELLER_MODULE).createSellers({
        id: sellerId,
        email: "shop@admin-chat.test",
        name: "상담상점",
        representative_name: "대표",
        phone_number: "010-0000-0000",
        business_type: "brand_owner",
        business_registration_number: "1208112342",
        status: "active",
      })
      sellerHeaders = {
        authorization: `Bearer ${mintToken(jwtSecret(container), { actor_type: "seller", actor_id: sellerId })}`,
      }
    })

    describe("admin", () => {
      it("opens a room with a seller once: the seller's own seller_admin room is the same room", async () => {
        const opened = await api.post("/admin/chat/rooms", { seller_id: sellerId }, { headers: adminHeaders })
        expect(opened.status).toBe(201)
        expect(opened.data).toMatchObject({ created: true, room: { kind: "seller_admin", status: "open" } })

        const again = await api.post("/admin/chat/rooms", { seller_id: sellerId }, { headers: adminHeaders })
        expect(again.status).toBe(200)
        expect(again.data).toMatchObject({ created: false, room: { id: opened.data.room.id } })

        const bySeller = await api.post("/api/v1/chat/rooms", { kind: "seller_admin" }, { headers: sellerHeaders })
        expect(bySeller.status).toBe(200)
        expect(bySeller.data.data.room.id).toBe(opened.data.room.id)
      })

      it("opens a room with a customer and lists rooms with their counterpart and unread count", async () => {
        const { data: withSeller } = await api.post("/admin/chat/rooms", { seller_id: sellerId }, { headers: adminHeaders })
        const { data: withCustomer } = await api.post(
          "/admin/chat/rooms",
          { customer_id: customer.id },
          { headers: adminHeaders }
        )
        expect(withCustomer.room.kind).toBe("customer_admin")
        await container.resolve<ChatModuleService>(CHAT_MODULE).appendMessage({
          room_id: withSeller.room.id,
          sender_type: "seller",
          sender_id: sellerId,
          body: "정산 문의드립니다.",
        })

        const { data } = await api.get("/admin/chat/rooms", { headers: adminHeaders })
        expect(data.count).toBe(2)
        // Latest activity first: the room with the seller's message.
        expect(data.rooms[0]).toMatchObject({
          id: withSeller.room.id,
          unread_count: 1,
          last_message: { body: "정산 문의드립니다." },
          counterparts: [{ actor_type: "seller", actor_id: sellerId, name: "상담상점", email: "shop@admin-chat.test" }],
        })
        expect(data.rooms[1]).toMatchObject({
          id: withCustomer.room.id,
          unread_count: 0,
          counterparts: [{ actor_type: "customer", actor_id: customer.id, email: "buyer@admin-chat.test" }],
        })
      })

      it("tells the dashboard the chat server's port", async () => {
        const { data } = await api.get("/admin/chat/realtime", { headers: adminHeaders })
        expect(data.port).toBe(container.resolve<ChatModuleService>(CHAT_MODULE).realtime().port)
        expect(data.port).toBeGreaterThan(0)
      })

      it("refuses both or neither counterpart (400) and unknown ones (404)", async () => {
        const post = (body: unknown) => status(api.post("/admin/chat/rooms", body, { headers: adminHeaders }))
        expect(await post({})).toBe(400)
        expect(await post({ seller_id: sellerId, customer_id: customer.id })).toBe(400)
        expect(await post({ seller_id: sellerId, kind: "seller_admin" })).toBe(400)
        expect(await post({ seller_id: "sel_missing" })).toBe(404)
        expect(await post({ customer_id: "cus_missing" })).toBe(404)
        const { data } = await api.get("/admin/chat/rooms", { headers: adminHeaders })
        expect(data.count).toBe(0)
      })

      it("removes the room it created when a later step fails", async () => {
        const workflow = openAdminChatRoomWorkflow(container)
        workflow.appendAction("throw", createChatRoomStepId, {
          invoke: () => {
            throw new Error("injected after create-chat-room")
          },
        })
        const { errors } = await workflow.run({
          input: { actor: { actor_type: "user", actor_id: "user_x" }, seller_id: sellerId },
          throwOnError: false,
        })
        expect(errors[0]?.error?.message).toContain("injected")
        const { data } = await api.get("/admin/chat/rooms", { headers: adminHeaders })
        expect(data.count).toBe(0)
      })
    })

    describe("sellers, customers and guests", () => {
      it("are refused by /admin/chat", async () => {
        expect(await status(api.get("/admin/chat/rooms", { headers: sellerHeaders }))).toBe(401)
        expect(
          await status(
            api.post(
              "/admin/chat/rooms",
              { seller_id: sellerId },
              { headers: { authorization: `Bearer ${customer.token}` } }
            )
          )
        ).toBe(401)
        expect(await status(api.get("/admin/chat/realtime"))).toBe(401)
      })
    })
  },
})
