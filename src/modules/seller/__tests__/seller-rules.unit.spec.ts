import { isValidBusinessRegistrationNumber } from "../utils/business-registration-number"
import { isPurchasable, purchasabilityOf } from "../utils/purchasable"

describe("사업자등록번호 check digit", () => {
  it.each(["1208112342", "220-81-76549", "105 87 43213"])("accepts %s", (value) => {
    expect(isValidBusinessRegistrationNumber(value)).toBe(true)
  })

  it.each(["1208112343", "120811234", "12081123421", "abcdefghij", ""])("refuses %s", (value) => {
    expect(isValidBusinessRegistrationNumber(value)).toBe(false)
  })
})

describe("isPurchasable", () => {
  const now = new Date("2026-06-15T12:00:00Z")
  const period = { sell_start_date: "2026-06-01T00:00:00Z", sell_end_date: "2026-06-30T23:59:59Z" }

  it("is true on sale inside the period, and without a period", () => {
    expect(isPurchasable({ state: "on_sale", ...period }, now)).toBe(true)
    expect(isPurchasable({ state: "on_sale" }, now)).toBe(true)
  })

  it("is false when sold out or stopped", () => {
    expect(purchasabilityOf({ state: "sold_out", ...period }, now)).toEqual({ purchasable: false, reason: "sold_out" })
    expect(purchasabilityOf({ state: "stopped", ...period }, now)).toEqual({ purchasable: false, reason: "not_on_sale" })
  })

  it("is false before the start and after the end", () => {
    expect(purchasabilityOf({ state: "on_sale", ...period }, new Date("2026-05-31T23:59:59Z"))).toEqual({
      purchasable: false,
      reason: "before_sale_period",
    })
    expect(purchasabilityOf({ state: "on_sale", ...period }, new Date("2026-07-01T00:00:00Z"))).toEqual({
      purchasable: false,
      reason: "after_sale_period",
    })
  })
})
