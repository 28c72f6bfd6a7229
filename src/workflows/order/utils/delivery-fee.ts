/** A seller's delivery fee for a subtotal: free from the threshold on, else the flat cost. */
export function deliveryFee(subtotal: number, cost: number, threshold: number | null): number {
  if (subtotal === 0) {
    return 0
  }
  return threshold !== null && subtotal >= threshold ? 0 : cost
}
