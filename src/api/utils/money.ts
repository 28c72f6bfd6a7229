import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/**
 * The one money serializer of `/api/v1`: every amount an answer shows goes through `won`.
 *
 * KRW has no minor unit, but Medusa computes totals with BigNumber and hands them back as
 * numbers, so 30,000 − 30,000 can come out as `3e-21`. An answer shows whole won: the value is
 * rounded half away from zero (as Korean receipts round), and -0 becomes 0. Accepts numbers,
 * numeric strings, Medusa's BigNumber and its raw `{ value }` form; null and undefined are 0.
 */
export function won(value: BigNumberInput | null | undefined): number {
  if (value === null || value === undefined) {
    return 0
  }
  const rounded = MathBN.convert(value).decimalPlaces(0, 4 /* ROUND_HALF_UP: away from zero */).toNumber()
  return rounded === 0 ? 0 : rounded
}

/** `won` for amounts that may be absent (no price yet): null stays null. */
export function wonOrNull(value: BigNumberInput | null | undefined): number | null {
  return value === null || value === undefined ? null : won(value)
}
