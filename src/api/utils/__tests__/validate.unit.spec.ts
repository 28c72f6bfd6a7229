import { z } from "@medusajs/framework/zod"
import { httpUrl, toValidationError } from "../validate"

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

describe("httpUrl", () => {
  it("takes http and https addresses only", () => {
    const url = httpUrl(200)
    expect(url.safeParse("https://cdn.gopang.kr/a.jpg").success).toBe(true)
    expect(url.safeParse("http://localhost:9000/static/a.jpg").success).toBe(true)
    for (const bad of ["javascript:alert(document.cookie)", "JAVASCRIPT:alert(1)", "data:text/html,<script>x</script>", "file:///etc/passwd", "ftp://a.kr/x"]) {
      const parsed = url.safeParse(bad)
      expect({ bad, success: parsed.success }).toEqual({ bad, success: false })
      expect(parsed.error?.issues[0].message).toEqual("http 또는 https 주소만 쓸 수 있습니다.")
    }
  })
})
