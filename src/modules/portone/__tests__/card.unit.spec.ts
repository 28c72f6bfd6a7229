import { CARD_PATTERNS, depositCard, discardCard, formatCardNumberForV1, maskCardNumber, takeCard } from "../lib/card"

describe("maskCardNumber", () => {
  it("keeps the first 6 and last 4 digits of a 16-digit number", () => {
    expect(maskCardNumber("5327-5012-3456-7890")).toEqual("532750******7890")
    expect(maskCardNumber("5327501234567890")).toEqual("532750******7890")
  })

  it("handles 15-digit numbers and numbers PortOne already masked", () => {
    expect(maskCardNumber("3782-822463-10005")).toEqual("378282*****0005")
    expect(maskCardNumber("53275000****1234")).toEqual("532750******1234")
  })

  it("never returns a short number unmasked", () => {
    expect(maskCardNumber("12345")).toEqual("*****")
  })
})

describe("formatCardNumberForV1", () => {
  it("writes dddd-dddd-dddd-dddd", () => {
    expect(formatCardNumberForV1("5327501234567890")).toEqual("5327-5012-3456-7890")
    expect(formatCardNumberForV1("5327 5012 3456 7890")).toEqual("5327-5012-3456-7890")
  })
})

describe("CARD_PATTERNS", () => {
  const valid = (field: keyof typeof CARD_PATTERNS, value: string) => CARD_PATTERNS[field].test(value)

  it("accept what PortOne documents", () => {
    expect(valid("number", "5327-5012-3456-7890")).toBe(true)
    expect(valid("number", "5327501234567890")).toBe(true)
    expect(valid("expiry", "2031-07")).toBe(true)
    expect(valid("birth", "880214")).toBe(true)
    // A corporate card takes the 10-digit business registration number.
    expect(valid("birth", "1234567890")).toBe(true)
    expect(valid("password2", "37")).toBe(true)
    expect(valid("cvc", "491")).toBe(true)
  })

  it("refuse everything else", () => {
    expect(valid("number", "5327-5012")).toBe(false)
    expect(valid("expiry", "07/31")).toBe(false)
    expect(valid("expiry", "2031-13")).toBe(false)
    expect(valid("birth", "88-02-14")).toBe(false)
    expect(valid("password2", "3")).toBe(false)
    expect(valid("cvc", "49x")).toBe(false)
  })
})

describe("the card vault", () => {
  it("gives a card back once, by token", () => {
    const token = depositCard({ number: "5327501234567890", expiry: "2031-07" })
    expect(token).not.toContain("5327")
    expect(takeCard(token)).toEqual({ number: "5327501234567890", expiry: "2031-07" })
    expect(takeCard(token)).toBeUndefined()
  })

  it("forgets discarded and expired cards", () => {
    const discarded = depositCard({ number: "5327501234567890", expiry: "2031-07" })
    discardCard(discarded)
    expect(takeCard(discarded)).toBeUndefined()

    jest.useFakeTimers()
    try {
      const expiring = depositCard({ number: "5327501234567890", expiry: "2031-07" })
      jest.advanceTimersByTime(2 * 60 * 1000 + 1)
      expect(takeCard(expiring)).toBeUndefined()
    } finally {
      jest.useRealTimers()
    }
  })
})
