import { z } from "@medusajs/framework/zod"
import { toValidationError } from "../validate"

describe("validation errors", () => {
  it("speak Korean and name each field, also where a schema has no message of its own", () => {
    const schema = z
      .object({ status: z.enum(["active", "paused"]), quantity: z.number().int().min(1), memo: z.string().max(3) })
      .strict()
    const parsed = schema.safeParse({ status: "deleted", quantity: 0.5, memo: "abcd", extra: true })
    expect(parsed.success).toBe(false)
    const error = toValidationError(parsed.error!)
    expect(error.fields).toEqual(["status", "quantity", "memo", "extra"])
    for (const part of error.message.split(" / ")) {
      expect(part).toMatch(/^(status|quantity|memo|extra): /)
      // Hangul in every message, and none of zod's English defaults.
      expect(part).toMatch(/[가-힣]/)
      expect(part).not.toMatch(/Invalid|expected|Too (big|small)/)
    }
  })
})
