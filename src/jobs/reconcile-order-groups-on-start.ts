import type { MedusaContainer } from "@medusajs/framework/types"
import { reconcileOnStartDelayMs, reconcilePendingOrderGroups } from "../workflows/order/utils/reconcile-order-groups"

/**
 * The reconciliation once, shortly after a process starts (30 s, GOPANG_RECONCILE_ON_START_DELAY_MS):
 * a restart after a crash need not wait for the next two-minute run. Medusa has no start hook
 * for project code; a scheduled job with one execution is its way to run something on start.
 */
export default async function reconcileOrderGroupsOnStart(container: MedusaContainer) {
  await reconcilePendingOrderGroups(container)
}

export const config = {
  name: "reconcile-order-groups-on-start",
  schedule: { interval: reconcileOnStartDelayMs(), numberOfExecutions: 1 },
}
