/**
 * Chat delivery bench (not part of `npm test`): messages per second delivered by
 *   1. one process: R rooms × C clients on one socket.io server;
 *   2. two processes with the Redis adapter: each room's sender on this process, its receivers on
 *      a second process (`bench/chat-peer.ts`), so every delivery crosses Redis.
 *
 * Every message goes through the real path: JWT handshake, membership check, send workflow,
 * PostgreSQL insert with the per-room sequence, broadcast. Loopback only, bounded in time.
 *
 *   createdb gopang_chat_bench && DATABASE_URL=postgres://…/gopang_chat_bench npx medusa db:migrate
 *   DATABASE_URL=postgres://…/gopang_chat_bench CHAT_REALTIME=false npx medusa exec ./bench/chat.ts
 *
 * Knobs: BENCH_ROOMS (100), BENCH_CLIENTS (10 per room), BENCH_SECONDS (10), BENCH_SENDERS (1 per room),
 * BENCH_REDIS_URL (redis://127.0.0.1:6379, the socket.io adapter's Redis). Leave REDIS_URL unset:
 * `medusa exec` runs no event-bus worker, so with Medusa's Redis event bus every message's
 * `chat_message.created` would stay queued in Redis after the bench.
 */
import { spawn, type ChildProcess } from "node:child_process"
import { randomUUID } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import { io as connectClient, type Socket } from "socket.io-client"
import { CHAT_MODULE } from "../src/modules/chat/constants"
import type { ClientToServerEvents, ServerToClientEvents } from "../src/modules/chat/realtime/protocol"
import type ChatModuleService from "../src/modules/chat/service"
import type { ChatActor } from "../src/modules/chat/types"
import { startBenchServer } from "./chat-shared"

type Client = Socket<ServerToClientEvents, ClientToServerEvents>
type Room = { id: string; customer: ChatActor; seller: ChatActor }
type Result = {
  scenario: string
  rooms: number
  clients: number
  seconds: number
  sent: number
  delivered: number
  expected: number
  sent_per_s: number
  delivered_per_s: number
  latency_ms: { p50: number; p95: number; p99: number }
}

const ROOMS = Number(process.env.BENCH_ROOMS ?? 100)
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const SENDERS = Number(process.env.BENCH_SENDERS ?? 1)

function connect(port: number, token: string): Promise<Client> {
  const socket: Client = connectClient(`http://127.0.0.1:${port}`, {
    auth: { token },
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
  })
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket))
    socket.once("connect_error", reject)
  })
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += size) {
    out.push(...(await Promise.all(items.slice(i, i + size).map(run))))
  }
  return out
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) {
    return 0
  }
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10
}

async function createRooms(container: MedusaContainer, run: string): Promise<Room[]> {
  const chat: ChatModuleService = container.resolve(CHAT_MODULE)
  return inBatches(
    Array.from({ length: ROOMS }, (_, i) => i),
    20,
    async (i) => {
      const customer: ChatActor = { actor_type: "customer", actor_id: `cus_bench_${run}_${i}` }
      const seller: ChatActor = { actor_type: "seller", actor_id: `sel_bench_${run}_${i}` }
      const room = await chat.createRoomWithParticipants({
        kind: "customer_seller",
        subject_type: null,
        subject_id: null,
        open_key: `bench|${run}|${i}`,
        participants: [customer, seller],
      })
      return { id: room!.id, customer, seller }
    }
  )
}

/**
 * Each room gets CLIENTS sockets: SENDERS of them (the customer's) send back to back, each waiting
 * for its acknowledgement; the others (customer's other devices and the seller's) receive.
 */
async function runScenario(
  container: MedusaContainer,
  scenario: string,
  senderPort: number,
  receiverPort: number
): Promise<Result> {
  const secret = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret!
  const token = (actor: ChatActor) =>
    generateJwtToken({ ...actor, auth_identity_id: "", app_metadata: {} }, { secret, expiresIn: "1h" })
  const rooms = await createRooms(container, randomUUID().slice(0, 8))

  const senders: { socket: Client; room: Room }[] = []
  const receivers: Client[] = []
  const latencies: number[] = []
  let delivered = 0
  await inBatches(rooms, 10, async (room) => {
    for (let c = 0; c < CLIENTS; c++) {
      const isSender = c < SENDERS
      const actor = c % 2 === 0 ? room.customer : room.seller
      const socket = await connect(isSender ? senderPort : receiverPort, token(isSender ? room.customer : actor))
      const joined = await socket.emitWithAck("join", { room_id: room.id })
      if (!joined.ok) {
        throw new Error(`join failed: ${joined.error.message}`)
      }
      if (isSender) {
        senders.push({ socket, room })
      } else {
        receivers.push(socket)
        socket.on("message", (message) => {
          delivered++
          latencies.push(Date.now() - Number(message.body.split(":")[1]))
        })
      }
    }
  })

  let sent = 0
  let running = true
  const started = Date.now()
  const loops = senders.map(async ({ socket, room }) => {
    while (running) {
      const ack = await socket.emitWithAck("send", { room_id: room.id, body: `bench:${Date.now()}` })
      if (!ack.ok) {
        throw new Error(`send failed: ${ack.error.message}`)
      }
      sent++
    }
  })
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000))
  running = false
  await Promise.all(loops)
  const elapsed = (Date.now() - started) / 1000
  const receiversPerRoom = CLIENTS - SENDERS
  const expected = sent * receiversPerRoom
  // Let the last broadcasts land (bounded).
  const drainUntil = Date.now() + 5000
  while (delivered < expected && Date.now() < drainUntil) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  for (const socket of [...senders.map((s) => s.socket), ...receivers]) {
    socket.close()
  }
  latencies.sort((a, b) => a - b)
  return {
    scenario,
    rooms: ROOMS,
    clients: ROOMS * CLIENTS,
    seconds: Math.round(elapsed * 10) / 10,
    sent,
    delivered,
    expected,
    sent_per_s: Math.round(sent / elapsed),
    delivered_per_s: Math.round(delivered / elapsed),
    latency_ms: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) },
  }
}

function startPeer(redisUrl: string, prefix: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(path.resolve("node_modules/.bin/medusa"), ["exec", "./bench/chat-peer.ts"], {
    env: { ...process.env, BENCH_REDIS_URL: redisUrl, BENCH_REDIS_PREFIX: prefix, CHAT_REALTIME: "false" },
    stdio: ["pipe", "pipe", "inherit"],
  })
  return new Promise((resolve, reject) => {
    let output = ""
    const timer = setTimeout(() => reject(new Error("the peer server did not start within 180 s")), 180_000)
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/CHAT_PEER_PORT=(\d+)/)
      if (match) {
        clearTimeout(timer)
        resolve({ child, port: Number(match[1]) })
      }
    })
    child.once("exit", (code) => reject(new Error(`the peer server exited (${code})`)))
  })
}

export default async function chatBench({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const results: Result[] = []

  const single = await startBenchServer(container)
  try {
    results.push(await runScenario(container, "one process", single.port, single.port))
  } finally {
    await single.close()
  }
  logger.info(`chat bench: ${JSON.stringify(results[0])}`)

  const redisUrl = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379"
  const prefix = `gopang:chat:bench:${randomUUID()}`
  const local = await startBenchServer(container, { url: redisUrl, prefix })
  const peer = await startPeer(redisUrl, prefix)
  try {
    results.push(await runScenario(container, "two processes, Redis adapter", local.port, peer.port))
  } finally {
    peer.child.stdin!.end()
    await local.close()
  }
  logger.info(`chat bench: ${JSON.stringify(results[1])}`)

  const outDir = path.resolve("bench/results")
  fs.mkdirSync(outDir, { recursive: true })
  const file = path.join(outDir, `chat-${new Date().toISOString().replace(/[:.]/g, "-")}.json`)
  fs.writeFileSync(file, JSON.stringify({ rooms: ROOMS, clients_per_room: CLIENTS, senders_per_room: SENDERS, results }, null, 2))
  for (const r of results) {
    process.stdout.write(
      `| ${r.scenario} | ${r.rooms} × ${r.clients / r.rooms} | ${r.sent_per_s} | ${r.delivered_per_s} | ` +
        `${r.delivered}/${r.expected} | ${r.latency_ms.p50} / ${r.latency_ms.p95} / ${r.latency_ms.p99} |\n`
    )
  }
  logger.info(`chat bench: results in ${file}`)
}
