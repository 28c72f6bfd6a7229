/**
 * The second server process of `bench/chat.ts`: a chat socket.io server sharing Redis with the
 * first. Prints its port, then serves until its stdin closes. Started by the bench, not by hand.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { startBenchServer } from "./chat-shared"

export default async function chatBenchPeer({ container }: ExecArgs) {
  const url = process.env.BENCH_REDIS_URL!
  const prefix = process.env.BENCH_REDIS_PREFIX!
  const server = await startBenchServer(container, { url, prefix })
  process.stdout.write(`CHAT_PEER_PORT=${server.port}\n`)
  await new Promise<void>((resolve) => {
    process.stdin.on("end", resolve)
    process.stdin.on("close", resolve)
    process.stdin.resume()
  })
  await server.close()
}
