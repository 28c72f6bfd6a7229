import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ValidationError } from "./validate"

export const PAYLOAD_TOO_LARGE = "payload_too_large"

/** Rendered as 413 by the API error handler (error-handler.ts). */
export class PayloadTooLargeError extends MedusaError {
  constructor(readonly limitBytes: number) {
    super(PAYLOAD_TOO_LARGE, `요청 본문이 너무 큽니다: body는 ${Math.floor(limitBytes / 1024)}KB 이하여야 합니다.`)
  }
}

/**
 * A JSON body of at most `limit` bytes, for routes that turn Medusa's parser off
 * (`bodyParser: false`, e.g. the card routes: Express's parser answers a malformed body with the
 * JSON.parse message, which quotes the body, and Medusa logs it; here a failure says nothing
 * about the content).
 *
 * Reading stops at the limit: a declared Content-Length over it is refused before a byte is read,
 * and a body that grows past it is read no further (the request is paused and the connection
 * closes after the 413), so a client cannot make the server take in more than `limit` bytes.
 */
export function limitedJsonBody(limit: number) {
  return function readLimitedJsonBody(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false

    function settle(error?: Error) {
      if (settled) {
        return
      }
      settled = true
      req.removeListener("data", onData)
      req.removeListener("end", onEnd)
      req.removeListener("error", onError)
      if (error instanceof PayloadTooLargeError) {
        // Nothing more is read: the rest stays on the wire and the socket closes after the answer.
        req.pause()
        res.setHeader("Connection", "close")
      }
      next(error)
    }
    function onData(chunk: Buffer) {
      size += chunk.length
      if (size > limit) {
        return settle(new PayloadTooLargeError(limit))
      }
      chunks.push(chunk)
    }
    function onEnd() {
      try {
        req.body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}")
      } catch {
        return settle(new ValidationError("요청 본문이 올바른 JSON이 아닙니다", ["body"]))
      }
      settle()
    }
    function onError() {
      settle(new MedusaError(MedusaError.Types.INVALID_DATA, "요청 본문을 읽지 못했습니다"))
    }

    if (Number(req.headers["content-length"]) > limit) {
      return settle(new PayloadTooLargeError(limit))
    }
    req.on("data", onData)
    req.on("end", onEnd)
    req.on("error", onError)
  }
}

/** The card routes' body (a card number, an expiry, a birth date and a few ids): 16 KB is plenty. */
export const CARD_BODY_LIMIT_BYTES = 16 * 1024
export const parseCardBody = limitedJsonBody(CARD_BODY_LIMIT_BYTES)
