import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, MedusaError } from "@medusajs/framework/utils"

/**
 * KRW has no minor unit and Medusa stores major units, so a Medusa amount is sent to PortOne as
 * it is. A fractional won can only come from a bug upstream: refuse it rather than round money.
 */
export function toKrwInteger(amount: BigNumberInput): number {
  const value = new BigNumber(amount).numeric
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `PortOne amounts must be whole won, got ${value}`)
  }
  return value
}

/**
 * The balance PortOne must still hold before a cancel: V1 `checksum`, V2
 * `currentCancellableAmount`. Computed from our own records, which is the point of the check.
 */
export function cancellableBalance(paid: number, cancelled: number): number {
  return Math.max(0, paid - cancelled)
}

/** The amount to send for a refund: never more than what is left. */
export function refundAmount(requested: number, balance: number): number {
  if (requested <= 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Refund amount must be greater than 0")
  }
  if (requested > balance) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Refund of ${requested} exceeds the cancellable balance of ${balance}`
    )
  }
  return requested
}
