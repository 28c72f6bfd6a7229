/** A seller's delivery fee for a subtotal: free from the threshold on, else the flat cost. */
export function deliveryFee(subtotal: number, cost: number, threshold: number | null): number {
  if (subtotal === 0) {
    return 0
  }
  return threshold !== null && subtotal >= threshold ? 0 : cost
}

export type DeliveryPolicyFigures = {
  delivery_cost: number | string | null
  free_delivery_threshold: number | string | null
  jeju_mountain_extra_cost: number | string | null
}

/**
 * What one seller's parcel costs: the fee (free from the threshold on) plus the island surcharge,
 * which is added even when the parcel ships free. The one rule behind the order saga, the store
 * API's calculated shipping option and `/api/v1/cart`.
 */
export function parcelCharge(
  itemsTotal: number,
  policy: DeliveryPolicyFigures | null | undefined,
  isIsland: boolean
): { delivery_fee: number; island_surcharge: number } {
  const threshold = policy?.free_delivery_threshold
  const island = isIsland && itemsTotal > 0 ? Number(policy?.jeju_mountain_extra_cost ?? 0) : 0
  const fee = deliveryFee(itemsTotal, Number(policy?.delivery_cost ?? 0), threshold === null || threshold === undefined ? null : Number(threshold))
  return { delivery_fee: fee + island, island_surcharge: island }
}
