import type { MedusaContainer } from "@medusajs/framework/types"
import { reconcilePendingOrderGroups } from "../workflows/order/utils/reconcile-order-groups"

/**
 * Charges without orders: purchases left pending by a process that died mid-saga are looked up
 * at PortOne, cancelled there and marked failed. Every two minutes, so within two minutes of a
 * restart as well.
 */
export default async function reconcileOrderGroups(container: MedusaContainer) {
  await reconcilePendingOrderGroups(container)
}

export const config = {
  name: "reconcile-order-groups",
  schedule: "*/2 * * * *",
}
