import http from "node:http"
import net from "node:net"
import type { AddressInfo } from "node:net"
import express from "express"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { apiErrorHandler } from "../error-handler"
import { CARD_BODY_LIMIT_BYTES, parseCardBody } from "../json-body"

/**
 * The card routes' body parser on a real HTTP server, spoken to over a raw socket so that the
 * test controls exactly what is sent and when.
 */
describe("parseCardBody", () => {
  let server: http.Server
  let port: number
  /** Bytes of request bodies the server took off the wire. */
  let bytesRead = 0

  beforeAll(async () => {
    const app = express()
    app.post(
      "/api/v1/order",
      (req, _res, next) => {
        req.on("data", (chunk: Buffer) => (bytesRead += chunk.length))
        next()
      },
      (req, res, next) => parseCardBody(req as MedusaRequest, res as MedusaResponse, next as MedusaNextFunction),
      (req, res) => {
        res.json({ received: req.body })
      }
    )
    const handleError = apiErrorHandler()
    app.use((error: Error, req: express.Request, res: express.Response, next: express.NextFunction) =>
      handleError(error, req as MedusaRequest, res as MedusaResponse, next as MedusaNextFunction)
    )
    server = http.createServer(app)
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  beforeEach(() => {
    bytesRead = 0
  })

  type Exchange = { response: string; closedByServer: boolean }

  /**
   * Sends `head`, then the chunks (chunked encoding) one after the other as fast as the socket
   * takes them, never ending the body unless `end`; resolves with what came back once the server
   * closed the connection or `waitMs` passed.
   */
  function exchange(head: string, chunks: string[], { end = false, waitMs = 1500 } = {}): Promise<Exchange> {
    return new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1")
      let response = ""
      let done = false
      const finish = (closedByServer: boolean) => {
        if (!done) {
          done = true
          clearTimeout(timer)
          socket.destroy()
          resolve({ response, closedByServer })
        }
      }
      const timer = setTimeout(() => finish(false), waitMs)
      socket.on("data", (data) => (response += data.toString("utf8")))
      socket.on("end", () => finish(true))
      socket.on("close", () => finish(true))
      // Writes after the server closed fail with EPIPE/ECONNRESET: expected here.
      socket.on("error", () => undefined)
      socket.write(head)
      for (const chunk of chunks) {
        socket.write(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`)
      }
      if (end) {
        socket.write("0\r\n\r\n")
      }
    })
  }

  const chunkedHead = "POST /api/v1/order HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
  const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1])
  const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf("\r\n\r\n") + 4))

  it("parses a body within the limit", async () => {
    const body = JSON.stringify({ card_number: "5327501234567890", expiry: "2812" })
    const { response } = await exchange(chunkedHead, [body], { end: true, waitMs: 300 })
    expect(statusOf(response)).toEqual(200)
    expect(response).toContain('"card_number":"5327501234567890"')
  })

  it("answers a malformed body in Korean without quoting it", async () => {
    const { response } = await exchange(chunkedHead, ['{"card_number": "5327501234567890"'], { end: true, waitMs: 300 })
    expect(statusOf(response)).toEqual(400)
    expect(bodyOf(response).error.message).toEqual("요청 본문이 올바른 JSON이 아닙니다")
    expect(response).not.toContain("5327501234567890")
  })

  it("refuses a declared Content-Length over the limit before reading any of it", async () => {
    const head =
      "POST /api/v1/order HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
      `Content-Length: ${10 * 1024 * 1024}\r\n\r\n`
    const { response, closedByServer } = await exchange(head, [])
    expect(statusOf(response)).toEqual(413)
    expect(response).toMatch(/\r\nConnection: close\r\n/i)
    expect(bodyOf(response)).toEqual({
      success: false,
      error: { code: "payload_too_large", message: "요청 본문이 너무 큽니다: body는 16KB 이하여야 합니다." },
    })
    expect(closedByServer).toBe(true)
    expect(bytesRead).toEqual(0)
  })

  it("stops reading a body that grows past the limit: 413, and the rest is never read", async () => {
    // 17 KB, then 2 MB more, and the body never ends: a parser that keeps reading takes it all.
    const kilobyte = "x".repeat(1024)
    const chunks = Array.from({ length: 17 + 2048 }, () => kilobyte)
    const { response, closedByServer } = await exchange(chunkedHead, chunks)
    expect(statusOf(response)).toEqual(413)
    expect(bodyOf(response).error.code).toEqual("payload_too_large")
    expect(closedByServer).toBe(true)
    // At most what arrived in the read that crossed the limit (one socket read, 64 KB).
    expect(bytesRead).toBeGreaterThan(CARD_BODY_LIMIT_BYTES)
    expect(bytesRead).toBeLessThanOrEqual(CARD_BODY_LIMIT_BYTES + 64 * 1024)
  })
})
