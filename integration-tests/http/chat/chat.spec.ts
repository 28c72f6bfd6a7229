import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { AxiosResponse } from "axios"
import { randomUUID } from "node:crypto"
import { createAdmin } from "../../helpers/admin"
import { AUTH_GUARD_MODULE, type AuthGuardModuleService } from "../../../src/modules/auth-guard"
import { CHAT_MODULE } from "../../../src/modules/chat/constants"
import { SELLER_MODULE, type SellerModuleService } from "../../../src/modules/seller"
import { startChatSocketServer, type ChatSocketServer } from "../../../src/modules/chat/realtime/server"
import type ChatModuleService from "../../../src/modules/chat/service"
import type { ChatMessageDTO, ChatRoomSummaryDTO } from "../../../src/modules/chat/types"
import {
  closeChatRoomStepId,
  closeChatRoomWorkflow,
  createChatRoomStepId,
  openChatRoomWorkflow,
} from "../../../src/workflows/chat"
import {
  connectChat,
  createPublishableKey,
  eventually,
  jwtSecret,
  mintToken,
  pause,
  record,
  registerCustomer,
  type ChatClient,
} from "./helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(120 * 1000)

// Port 0: every booted app (and every spec run beside others) gets its own free port.
process.env.CHAT_PORT = "0"
const REDIS_URL = process.env.CHAT_TEST_REDIS_URL || "redis://127.0.0.1:6379"

type Actor = { id: string; token: string; headers: { authorization: string } }
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const decodeActorId = (token: string): string =>
  JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")).actor_id
const bodies = (messages: ChatMessageDTO[]) => messages.map((message) => message.body)
const seqs = (messages: ChatMessageDTO[]) => messages.map((message) => message.seq)

gopangIntegrationTestRunner({
  database: "migrated",
  env: { CHAT_PORT: "0" },
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let port: number
    let secret: string
    let customer: Actor
    let otherCustomer: Actor
    let admin: Actor
    let seller: Actor
    let otherSeller: Actor
    let productId: string
    const sockets: ChatClient[] = []
    const uploaded: string[] = []

    const actor = (id: string, token: string): Actor => ({ id, token, headers: bearer(token) })
    const connect = async (who: Actor | string) => {
      const socket = await connectChat(port, typeof who === "string" ? who : who.token)
      sockets.push(socket)
      return socket
    }
    const openRoom = async (who: Actor, body: Record<string, unknown>) =>
      api.post("/api/v1/chat/rooms", body, { headers: who.headers })
    const listRooms = async (who: Actor): Promise<ChatRoomSummaryDTO[]> =>
      (await api.get("/api/v1/chat/rooms", { headers: who.headers })).data.data
    const history = async (who: Actor, roomId: string, query = ""): Promise<ChatMessageDTO[]> =>
      (await api.get(`/api/v1/chat/rooms/${roomId}/messages${query}`, { headers: who.headers })).data.data.messages
    const status = (promise: Promise<AxiosResponse>) =>
      promise.then(
        (response) => response.status,
        (error: { response?: { status: number } }) => error.response?.status
      )
    const send = async (socket: ChatClient, room_id: string, body: string) => {
      const ack = await socket.timeout(5000).emitWithAck("send", { room_id, body })
      if (!ack.ok) {
        throw new Error(`send refused: ${ack.error.code} ${ack.error.message}`)
      }
      return ack.message
    }
    const join = async (socket: ChatClient, room_id: string, after_seq?: number) => {
      const ack = await socket.timeout(5000).emitWithAck("join", { room_id, after_seq })
      if (!ack.ok) {
        throw new Error(`join refused: ${ack.error.code}`)
      }
      return ack
    }

    /** Both sides join; one asks, the other answers, and each hears the other live. */
    const converse = async (asker: ChatClient, answerer: ChatClient, roomId: string, lines: [string, string]) => {
      await join(asker, roomId)
      await join(answerer, roomId)
      const atAnswerer = record(answerer, "message")
      const atAsker = record(asker, "message")
      const question = await send(asker, roomId, lines[0])
      await eventually(() => atAnswerer.length === 1, "the question to arrive")
      const answer = await send(answerer, roomId, lines[1])
      await eventually(() => atAsker.length === 1, "the answer to arrive")
      expect([atAnswerer[0], atAsker[0]]).toEqual([question, answer])
      return { question, answer }
    }

    beforeAll(async () => {
      container = getContainer()
      const chat: ChatModuleService = container.resolve(CHAT_MODULE)
      port = chat.realtime().port!
      secret = jwtSecret(container)

      const publishableKey = await createPublishableKey(container)
      const [c1, c2] = await Promise.all([
        registerCustomer(api, publishableKey, "buyer1@chat.test"),
        registerCustomer(api, publishableKey, "buyer2@chat.test"),
      ])
      customer = actor(c1.id, c1.token)
      otherCustomer = actor(c2.id, c2.token)

      const adminHeaders = await createAdmin(container, api, "operator@chat.test")
      const adminToken = adminHeaders.authorization.slice("Bearer ".length)
      admin = actor(decodeActorId(adminToken), adminToken)

      // Sellers are their own actor type (`seller`): real seller rows (chat checks the id exists),
      // tokens minted directly rather than through seller join and approval.
      await container.resolve<SellerModuleService>(SELLER_MODULE).createSellers(
        [
          ["sel_chat_1", "1208112342"],
          ["sel_chat_2", "2148654322"],
        ].map(([id, business_registration_number]) => ({
          id,
          email: `${id}@chat.test`,
          name: `상점 ${id}`,
          representative_name: "대표",
          phone_number: "010-0000-0000",
          business_type: "brand_owner" as const,
          business_registration_number,
          status: "active" as const,
        }))
      )
      seller = actor("sel_chat_1", mintToken(secret, { actor_type: "seller", actor_id: "sel_chat_1" }))
      otherSeller = actor("sel_chat_2", mintToken(secret, { actor_type: "seller", actor_id: "sel_chat_2" }))

      const [product] = await container
        .resolve(Modules.PRODUCT)
        .createProducts([{ title: "제주 감귤 5kg", status: "published" }])
      productId = product.id
    })

    afterEach(async () => {
      sockets.splice(0).forEach((socket) => socket.close())
    })

    afterAll(async () => {
      // The local file provider writes into the working tree; leave it as it was.
      await container.resolve(Modules.FILE).deleteFiles(uploaded.splice(0))
    })

    it("runs the socket.io server on its own port", async () => {
      expect(port).toBeGreaterThan(0)
      const health = await fetch(`http://127.0.0.1:${port}/health`)
      expect(health.status).toEqual(200)
    })

    it("customer ↔ seller: opens over REST, delivers in order with sequences, history and unread counts agree", async () => {
      const opened = await openRoom(customer, { kind: "customer_seller", product_id: productId, seller_id: seller.id })
      expect(opened.status).toEqual(201)
      const room = opened.data.data.room
      expect(room).toEqual(
        expect.objectContaining({ kind: "customer_seller", status: "open", subject_type: "product", subject_id: productId })
      )
      expect(room.id).toMatch(/^chroom_/)

      const again = await openRoom(customer, { kind: "customer_seller", product_id: productId, seller_id: seller.id })
      expect(again.status).toEqual(200)
      expect(again.data.data).toEqual({ room: expect.objectContaining({ id: room.id }), created: false })

      const buyerSocket = await connect(customer)
      const sellerSocket = await connect(seller)
      await join(buyerSocket, room.id)
      await join(sellerSocket, room.id)
      const atSeller = record(sellerSocket, "message")
      const atBuyer = record(buyerSocket, "message")
      const typing = record(sellerSocket, "typing")

      buyerSocket.emit("typing", { room_id: room.id, is_typing: true })
      const sent = [
        await send(buyerSocket, room.id, "감귤 언제 발송되나요?"),
        await send(buyerSocket, room.id, "선물용 포장 가능한가요?"),
        await send(buyerSocket, room.id, "주소는 제주시입니다."),
      ]
      expect(seqs(sent)).toEqual([1, 2, 3])
      expect(sent[0].id).toMatch(/^chmsg_/)
      await eventually(() => atSeller.length === 3, "the seller to receive three messages")
      expect(atSeller).toEqual(sent)
      expect(typing).toEqual([{ room_id: room.id, actor_type: "customer", actor_id: customer.id, is_typing: true }])

      const replies = [
        await send(sellerSocket, room.id, "내일 오전 발송됩니다."),
        await send(sellerSocket, room.id, "선물 포장 가능합니다."),
      ]
      expect(seqs(replies)).toEqual([4, 5])
      await eventually(() => atBuyer.length === 2, "the customer to receive two replies")
      expect(atBuyer).toEqual(replies)
      // A sender does not get its own message back as an event; the acknowledgement carries it.
      expect(atSeller).toHaveLength(3)

      for (const who of [customer, seller]) {
        const stored = await history(who, room.id)
        expect(seqs(stored)).toEqual([1, 2, 3, 4, 5])
        expect(stored).toEqual([...sent, ...replies])
      }
      expect(bodies(await history(customer, room.id, "?after_seq=3"))).toEqual(bodies(replies))
      const lastPage = await api.get(`/api/v1/chat/rooms/${room.id}/messages?before_seq=6&limit=2`, {
        headers: customer.headers,
      })
      expect(lastPage.data).toEqual({
        success: true,
        data: { messages: [replies[0], replies[1]], has_more: true, last_seq: 5 },
      })

      // Writing marks everything before as read; the customer has not seen the two replies yet.
      const listed = await api.get("/api/v1/chat/rooms?page=1&size=10", { headers: customer.headers })
      expect(listed.data.meta).toEqual({ page: 1, size: 10, total: 1 })
      const [buyerView] = await listRooms(customer)
      expect(buyerView).toEqual(
        expect.objectContaining({ id: room.id, unread_count: 2, last_read_seq: 3, last_seq: 5 })
      )
      expect(buyerView.last_message).toEqual(replies[1])
      expect((await listRooms(seller))[0]).toEqual(expect.objectContaining({ id: room.id, unread_count: 0 }))

      const readEvents = record(sellerSocket, "read")
      const read = await api.post(`/api/v1/chat/rooms/${room.id}/read`, {}, { headers: customer.headers })
      expect(read.data).toEqual({ success: true, data: { room_id: room.id, last_read_seq: 5 } })
      expect((await listRooms(customer))[0].unread_count).toEqual(0)
      await eventually(() => readEvents.length === 1, "the seller to see the read mark")
      expect(readEvents[0]).toEqual({ room_id: room.id, actor_type: "customer", actor_id: customer.id, last_read_seq: 5 })

      // Read over the socket as well, and never backwards.
      const socketRead = await sellerSocket.timeout(5000).emitWithAck("read", { room_id: room.id, seq: 2 })
      expect(socketRead).toEqual({ ok: true, last_read_seq: 5 })
    })

    it("seller ↔ admin: any admin answers, unread counts per admin, the admin closes the room", async () => {
      const opened = await openRoom(seller, { kind: "seller_admin" })
      expect(opened.status).toEqual(201)
      const roomId: string = opened.data.data.room.id

      const sellerSocket = await connect(seller)
      await join(sellerSocket, roomId)
      await send(sellerSocket, roomId, "정산 일정 문의드립니다.")
      await send(sellerSocket, roomId, "이번 달 정산이 지연되고 있습니다.")

      const inbox = await listRooms(admin)
      expect(inbox).toEqual([expect.objectContaining({ id: roomId, kind: "seller_admin", unread_count: 2 })])

      const adminSocket = await connect(admin)
      const atSeller = record(sellerSocket, "message")
      await join(adminSocket, roomId)
      const answer = await send(adminSocket, roomId, "확인 후 오늘 중 안내드리겠습니다.")
      expect(answer).toEqual(expect.objectContaining({ seq: 3, sender_type: "user", sender_id: admin.id }))
      await eventually(() => atSeller.length === 1, "the seller to get the admin's answer")
      expect((await listRooms(admin))[0].unread_count).toEqual(0)
      expect((await listRooms(seller))[0].unread_count).toEqual(1)

      // A second operator sees the same room as unread from their own point of view.
      const { id: secondAdminId } = await container.resolve(Modules.USER).createUsers({ email: "ops2@gopang.local" })
      const secondAdmin = actor(secondAdminId, mintToken(secret, { actor_type: "user", actor_id: secondAdminId }))
      expect((await listRooms(secondAdmin))[0]).toEqual(expect.objectContaining({ id: roomId, unread_count: 3 }))

      const closedEvents = record(sellerSocket, "room_closed")
      const closed = await api.post(`/api/v1/chat/rooms/${roomId}/close`, {}, { headers: admin.headers })
      expect(closed.data.data.room).toEqual(expect.objectContaining({ id: roomId, status: "closed" }))
      expect(closed.data.data.message).toEqual(
        expect.objectContaining({ seq: 4, sender_type: "system", body: "상담이 종료되었습니다." })
      )
      await eventually(() => closedEvents.length === 1, "the seller to hear the room closed")

      const late = await sellerSocket.timeout(5000).emitWithAck("send", { room_id: roomId, body: "추가 문의" })
      expect(late).toEqual({ ok: false, error: expect.objectContaining({ code: "not_allowed" }) })
      expect(seqs(await history(seller, roomId))).toEqual([1, 2, 3, 4])

      // A closed room no longer blocks a new one with the same counterpart.
      const reopened = await openRoom(seller, { kind: "seller_admin" })
      expect(reopened.status).toEqual(201)
      expect(reopened.data.data.room.id).not.toEqual(roomId)
    })

    it("customer ↔ admin: delivered both ways; customers cannot close, sellers close their own rooms", async () => {
      const opened = await openRoom(customer, { kind: "customer_admin", product_id: productId })
      expect(opened.status).toEqual(201)
      const roomId: string = opened.data.data.room.id

      await converse(await connect(customer), await connect(admin), roomId, [
        "판매자가 답이 없어요.",
        "판매자에게 확인 요청드렸습니다.",
      ])
      expect(seqs(await history(admin, roomId))).toEqual([1, 2])
      expect((await listRooms(customer)).map((room) => [room.id, room.unread_count])).toEqual([[roomId, 1]])

      expect(await status(api.post(`/api/v1/chat/rooms/${roomId}/close`, {}, { headers: customer.headers }))).toEqual(400)

      const sellerRoom = await openRoom(customer, { kind: "customer_seller", seller_id: seller.id })
      const closed = await api.post(`/api/v1/chat/rooms/${sellerRoom.data.data.room.id}/close`, {}, { headers: seller.headers })
      expect(closed.data.data.room.status).toEqual("closed")
    })

    it("attaches images uploaded through the File Module, and nothing else", async () => {
      const opened = await openRoom(customer, { kind: "customer_admin" })
      const roomId: string = opened.data.data.room.id
      // A 1×1 transparent PNG.
      const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
      const upload = await api.post(
        "/api/v1/chat/attachments",
        { filename: "damaged-item.png", mime_type: "image/png", content: png },
        { headers: customer.headers }
      )
      expect(upload.status).toEqual(201)
      const { file_id, url } = upload.data.data
      expect(url).toContain(file_id)
      uploaded.push(file_id)

      const buyer = await connect(customer)
      const ack = await buyer.timeout(5000).emitWithAck("send", {
        room_id: roomId,
        body: "파손된 상품 사진입니다.",
        attachment_file_id: file_id,
      })
      expect(ack).toEqual({ ok: true, message: expect.objectContaining({ attachment: { file_id, url } }) })
      expect((await history(admin, roomId))[0].attachment).toEqual({ file_id, url })

      for (const [attachment_file_id, code] of [
        ["private-123-missing.png", "not_found"],
        ["notes.txt", "invalid_data"],
      ]) {
        const refused = await buyer.timeout(5000).emitWithAck("send", { room_id: roomId, body: "사진", attachment_file_id })
        expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code }) })
      }
      const notImage = { filename: "a.txt", mime_type: "text/plain", content: "aGVsbG8=" }
      expect(await status(api.post("/api/v1/chat/attachments", notImage, { headers: customer.headers }))).toEqual(400)
      expect(await status(api.post("/api/v1/chat/attachments", { filename: "a.png", mime_type: "image/png", content: png }))).toEqual(401)
      expect(seqs(await history(customer, roomId))).toEqual([1])
    })

    it("refuses rooms to non-members over REST (404) and socket.io", async () => {
      const opened = await openRoom(customer, { kind: "customer_seller", product_id: productId, seller_id: seller.id })
      const roomId: string = opened.data.data.room.id
      const owner = await connect(customer)
      await join(owner, roomId)
      await send(owner, roomId, "비공개 문의입니다.")
      const atOwner = record(owner, "message")

      // Another customer, another seller, and admins (customer ↔ seller rooms have no admin side).
      for (const outsider of [otherCustomer, otherSeller, admin]) {
        for (const path of ["", "/messages"]) {
          expect(await status(api.get(`/api/v1/chat/rooms/${roomId}${path}`, { headers: outsider.headers }))).toEqual(404)
        }
        expect(await status(api.post(`/api/v1/chat/rooms/${roomId}/read`, {}, { headers: outsider.headers }))).toEqual(404)
        expect(await listRooms(outsider)).toEqual([])

        const socket = await connect(outsider)
        const joined = await socket.timeout(5000).emitWithAck("join", { room_id: roomId, after_seq: 0 })
        expect(joined).toEqual({ ok: false, error: expect.objectContaining({ code: "not_found" }) })
        const sent = await socket.timeout(5000).emitWithAck("send", { room_id: roomId, body: "끼어들기" })
        expect(sent).toEqual({ ok: false, error: expect.objectContaining({ code: "not_found" }) })
        const read = await socket.timeout(5000).emitWithAck("read", { room_id: roomId })
        expect(read).toEqual({ ok: false, error: expect.objectContaining({ code: "not_found" }) })
        socket.emit("typing", { room_id: roomId, is_typing: true })
      }
      expect(await status(api.get(`/api/v1/chat/rooms/chroom_missing`, { headers: customer.headers }))).toEqual(404)
      expect(await status(api.get(`/api/v1/chat/rooms/${roomId}`))).toEqual(401)

      await pause(200)
      expect(atOwner).toEqual([])
      expect(seqs(await history(customer, roomId))).toEqual([1])
    })

    it("refuses forged, expired, actor-less and foreign tokens on the socket and over REST", async () => {
      const forged = mintToken("not-the-secret", { actor_type: "customer", actor_id: customer.id })
      const expired = mintToken(secret, { actor_type: "customer", actor_id: customer.id }, -60)
      const actorless = mintToken(secret, { actor_type: "customer", actor_id: "" })
      const vendor = mintToken(secret, { actor_type: "vendor", actor_id: "ven_1" })
      for (const token of [forged, expired, actorless, vendor, "not-a-jwt", undefined]) {
        await expect(connectChat(port, token)).rejects.toThrow("unauthorized")
      }
      for (const token of [forged, expired, actorless, vendor]) {
        expect(await status(api.get("/api/v1/chat/rooms", { headers: bearer(token) }))).toEqual(401)
      }
      expect(await status(api.get("/api/v1/chat/rooms"))).toEqual(401)

      // A logged-out (revoked) customer token no longer opens a socket.
      const loggedOut = mintToken(secret, { actor_type: "customer", actor_id: customer.id })
      await connect(loggedOut)
      await container.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE).revokeToken(loggedOut)
      await expect(connectChat(port, loggedOut)).rejects.toThrow("unauthorized")
      expect(await status(api.get("/api/v1/chat/rooms", { headers: bearer(loggedOut) }))).toEqual(401)

      // A token that runs out while connected ends the connection.
      const shortLived = await connect(mintToken(secret, { actor_type: "customer", actor_id: customer.id }, 2))
      const errors = record(shortLived, "chat_error")
      await eventually(() => shortLived.disconnected, "the expired socket to be dropped", 6000)
      expect(errors).toEqual([expect.objectContaining({ code: "token_expired" })])
    })

    it("validates REST input and who opens what", async () => {
      const cases: [Actor, Record<string, unknown>, number][] = [
        [customer, { kind: "customer_seller", product_id: productId, seller_id: seller.id, extra: 1 }, 400],
        [customer, { kind: "customer_seller", product_id: productId }, 400], // no seller link yet: seller_id needed
        [customer, { kind: "customer_seller", product_id: "prod_missing", seller_id: seller.id }, 404],
        [customer, { kind: "customer_admin", order_id: "order_missing" }, 404],
        [customer, { kind: "customer_admin", product_id: productId, order_id: "order_x" }, 400],
        [customer, { kind: "seller_admin" }, 400],
        [seller, { kind: "customer_seller", seller_id: seller.id }, 400],
        [admin, { kind: "customer_admin" }, 400],
        [customer, { kind: "nonsense" }, 400],
      ]
      for (const [who, body, expected] of cases) {
        expect([body, await status(openRoom(who, body))]).toEqual([body, expected])
      }
      expect(await status(api.get("/api/v1/chat/rooms?size=1000", { headers: customer.headers }))).toEqual(400)
    })

    it("lets a seller raise only its own products with the admins", async () => {
      await getContainer()
        .resolve(ContainerRegistrationKeys.LINK)
        .create({ seller: { seller_id: seller.id }, [Modules.PRODUCT]: { product_id: productId } })
      expect(await status(openRoom(otherSeller, { kind: "seller_admin", product_id: productId }))).toEqual(404)
      const own = await openRoom(seller, { kind: "seller_admin", product_id: productId })
      expect(own.data.data.room).toMatchObject({ kind: "seller_admin", subject_id: productId })
      // With the product linked, a customer no longer needs to name the seller.
      const linked = await openRoom(customer, { kind: "customer_seller", product_id: productId })
      const detail = await api.get(`/api/v1/chat/rooms/${linked.data.data.room.id}`, { headers: customer.headers })
      expect(detail.data.data.participants).toEqual(
        expect.arrayContaining([expect.objectContaining({ actor_type: "seller", actor_id: seller.id })])
      )
    })

    it("reconnect: a client resuming after its last sequence gets exactly the missed messages, once", async () => {
      const opened = await openRoom(customer, { kind: "customer_seller", seller_id: seller.id })
      const roomId: string = opened.data.data.room.id
      const sellerSocket = await connect(seller)
      await join(sellerSocket, roomId)

      const first = await connect(customer)
      await join(first, roomId)
      const live = record(first, "message")
      await send(sellerSocket, roomId, "주문 확인했습니다.")
      await eventually(() => live.length === 1, "the first live message")
      const lastSeen = live[live.length - 1].seq
      first.close()

      const missed = [
        await send(sellerSocket, roomId, "재고를 확인 중입니다."),
        await send(sellerSocket, roomId, "내일 발송 예정입니다."),
        await send(sellerSocket, roomId, "송장번호는 문자로 드립니다."),
      ]

      const second = await connect(customer)
      const afterResume = record(second, "message")
      const resumed = await join(second, roomId, lastSeen)
      expect(resumed.messages).toEqual(missed)
      expect(resumed.has_more).toBe(false)
      expect(resumed.room.last_seq).toEqual(4)

      const next = await send(sellerSocket, roomId, "추가 문의 있으시면 말씀해주세요.")
      await eventually(() => afterResume.length === 1, "the next live message after resuming")
      await pause(200)
      expect(afterResume).toEqual([next])
      expect(seqs([...live, ...resumed.messages, ...afterResume])).toEqual([1, 2, 3, 4, 5])
    })

    it("keeps sequences unique and gap-free under concurrent sends", async () => {
      const opened = await openRoom(customer, { kind: "customer_seller", seller_id: seller.id })
      const roomId: string = opened.data.data.room.id
      const clients = await Promise.all([customer, customer, seller, seller, customer].map((who) => connect(who)))
      await Promise.all(clients.map((client) => join(client, roomId)))

      const acks = await Promise.all(
        clients.flatMap((client, c) => [0, 1, 2, 3].map((i) => send(client, roomId, `동시 전송 ${c}-${i}`)))
      )
      expect(seqs(acks).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))

      // Past the socket rate limit: many writers straight at the module.
      const chat: ChatModuleService = container.resolve(CHAT_MODULE)
      const direct = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          chat.appendMessage({ room_id: roomId, sender_type: "customer", sender_id: customer.id, body: `직접 ${i}` })
        )
      )
      expect(seqs(direct).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 21))

      const stored = await history(seller, roomId, "?limit=200")
      expect(seqs(stored)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
      expect(new Set(stored.map((message) => message.body)).size).toEqual(60)
    })

    it("drops a socket over the rate limit and one sending an oversized message, telling it why", async () => {
      const opened = await openRoom(customer, { kind: "customer_seller", seller_id: seller.id })
      const roomId: string = opened.data.data.room.id

      const exact = await connect(customer)
      expect((await send(exact, roomId, "가".repeat(2000))).body).toHaveLength(2000)

      const big = await connect(customer)
      const bigErrors = record(big, "chat_error")
      const tooLong = await big.timeout(5000).emitWithAck("send", { room_id: roomId, body: "가".repeat(2001) })
      expect(tooLong).toEqual({ ok: false, error: expect.objectContaining({ code: "message_too_long" }) })
      await eventually(() => big.disconnected, "the oversized sender to be dropped")
      expect(bigErrors).toEqual([expect.objectContaining({ code: "message_too_long" })])

      const flood = await connect(customer)
      const floodErrors = record(flood, "chat_error")
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => flood.timeout(1000).emitWithAck("send", { room_id: roomId, body: `도배 ${i}` }))
      )
      await eventually(() => flood.disconnected, "the flooding socket to be dropped")
      expect(floodErrors).toEqual([expect.objectContaining({ code: "rate_limited" })])
      // The sixth send is refused in its acknowledgement; the five before it are stored (their
      // acknowledgements may be lost with the connection), nothing after it is.
      expect(results[5]).toEqual({
        status: "fulfilled",
        value: { ok: false, error: expect.objectContaining({ code: "rate_limited" }) },
      })
      let stored: ChatMessageDTO[] = []
      for (let i = 0; i < 50 && stored.length < 6; i++) {
        stored = await history(customer, roomId)
        await pause(50)
      }
      await pause(300)
      stored = await history(customer, roomId)
      // One message of 2,000 characters, then the five accepted: nothing else got through.
      expect(seqs(stored)).toEqual([1, 2, 3, 4, 5, 6])
      expect(bodies(stored).slice(1).sort()).toEqual(["도배 0", "도배 1", "도배 2", "도배 3", "도배 4"])

      // A well-behaved client at the limit's pace is never dropped.
      const steady = await connect(customer)
      for (let i = 0; i < 7; i++) {
        await send(steady, roomId, `천천히 ${i}`)
        await pause(210)
      }
      expect(steady.connected).toBe(true)
    })

    it("delivers across two server processes through the Redis adapter", async () => {
      const opened = await openRoom(customer, { kind: "customer_seller", seller_id: seller.id })
      const roomId: string = opened.data.data.room.id
      const prefix = `gopang:chat:test:${randomUUID()}`
      const servers: ChatSocketServer[] = []
      try {
        for (let i = 0; i < 2; i++) {
          servers.push(
            await startChatSocketServer({
              container,
              logger: container.resolve("logger"),
              port: 0,
              host: "127.0.0.1",
              jwt: { secret },
              corsOrigins: [],
              redis: { url: REDIS_URL, prefix },
            })
          )
        }
        const [a, b] = servers
        expect(a.port).not.toEqual(b.port)
        const buyer = await connectChat(a.port, customer.token)
        const sellerSide = await connectChat(b.port, seller.token)
        sockets.push(buyer, sellerSide)
        // Asked on process A, answered on process B: both directions cross Redis.
        const { answer: reply } = await converse(buyer, sellerSide, roomId, ["다른 서버에도 보이나요?", "네, 잘 보입니다."])

        // A REST-side change emitted by one process reaches sockets of the other.
        const closedAtBuyer = record(buyer, "room_closed")
        b.emitToRoom(roomId, "room_closed", { room_id: roomId, message: reply })
        await eventually(() => closedAtBuyer.length === 1, "a broadcast from the other process")
      } finally {
        await Promise.all(servers.map((server) => server.close()))
      }
    })

    describe("compensation", () => {
      it("deletes a newly opened room, and reopens a closed one without its notice, when a workflow fails later", async () => {
        const opening = openChatRoomWorkflow(container)
        opening.appendAction("throw", createChatRoomStepId, {
          invoke: async () => {
            throw new Error("injected failure")
          },
        })
        const { errors } = await opening.run({
          input: { actor: { actor_type: "seller", actor_id: seller.id }, kind: "seller_admin" },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        expect(await listRooms(seller)).toEqual([])

        const opened = await openRoom(seller, { kind: "seller_admin" })
        const roomId: string = opened.data.data.room.id
        const sellerSocket = await connect(seller)
        const first = await send(sellerSocket, roomId, "정산 문의")
        const closing = closeChatRoomWorkflow(container)
        closing.appendAction("throw", closeChatRoomStepId, {
          invoke: async () => {
            throw new Error("injected failure")
          },
        })
        const closed = await closing.run({
          input: { room_id: roomId, actor: { actor_type: "user", actor_id: admin.id } },
          throwOnError: false,
        })
        expect(closed.errors).toHaveLength(1)
        const [room] = await listRooms(seller)
        // The closing notice is retracted and the counter rewound: the next message is seq 2.
        expect(room).toEqual(expect.objectContaining({ id: roomId, status: "open", last_seq: 1, last_message: first }))
        expect((await send(sellerSocket, roomId, "아직 열려 있나요?")).seq).toEqual(2)
      })
    })
  },
})
