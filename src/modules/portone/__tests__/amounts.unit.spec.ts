import { cancellableBalance, refundAmount, toKrwInteger } from "../lib/amounts"
import { portOneIdForSession, sessionIdFromPortOneId } from "../lib/ids"

describe("KRW amounts", () => {
  it("passes whole won through unchanged (never × 100)", () => {
    expect(toKrwInteger(23_000)).toEqual(23_000)
    expect(toKrwInteger("23000")).toEqual(23_000)
  })

  it("refuses fractions and negatives instead of rounding money", () => {
    expect(() => toKrwInteger(100.5)).toThrow("whole won")
    expect(() => toKrwInteger(-1)).toThrow("whole won")
  })
})

describe("cancel checksums", () => {
  it("is the balance before each cancel: 10,000 → 3,000 → 2,000 → the rest", () => {
    let cancelled = 0
    const sent: [number, number][] = []
    for (const amount of [3_000, 2_000, 5_000]) {
      const checksum = cancellableBalance(10_000, cancelled)
      sent.push([refundAmount(amount, checksum), checksum])
      cancelled += amount
    }
    expect(sent).toEqual([
      [3_000, 10_000],
      [2_000, 7_000],
      [5_000, 5_000],
    ])
    expect(cancellableBalance(10_000, cancelled)).toEqual(0)
  })

  it("refuses a refund larger than the balance, or of nothing", () => {
    expect(() => refundAmount(5_001, 5_000)).toThrow("exceeds the cancellable balance of 5000")
    expect(() => refundAmount(0, 5_000)).toThrow("greater than 0")
  })
})

describe("PortOne ids", () => {
  const session = "payses_01JC9Z7Q8R2X3V4W5Y6T7N8M9P"

  it("are alphanumeric, at most 32 characters, and lead back to the session", () => {
    for (const attempt of [0, 1, 35]) {
      const id = portOneIdForSession(session, attempt)
      expect(id).toMatch(/^[A-Za-z0-9]{1,32}$/)
      expect(sessionIdFromPortOneId(id)).toEqual(session)
    }
    expect(portOneIdForSession(session)).toEqual("gp01JC9Z7Q8R2X3V4W5Y6T7N8M9P")
    expect(portOneIdForSession(session, 1)).not.toEqual(portOneIdForSession(session))
  })

  it("are not mistaken for ours when they are not", () => {
    expect(sessionIdFromPortOneId("order_id_8237352")).toBeUndefined()
    expect(sessionIdFromPortOneId("gpshort")).toBeUndefined()
    expect(sessionIdFromPortOneId(undefined)).toBeUndefined()
  })
})
