import type { ExecArgs } from "@medusajs/framework/types"
import { reconcilePendingOrderGroups } from "../workflows/order/utils/reconcile-order-groups"

/**
 * One run of the reconciliation job now, rather than at its next two-minute tick:
 * `npx medusa exec ./src/scripts/reconcile-order-groups.ts` (or, built, from .medusa/server:
 * `medusa exec ./src/scripts/reconcile-order-groups.js`) against the server's DATABASE_URL and
 * PortOne settings. Purchases pending longer than GOPANG_RECONCILE_AFTER_MS (default 10 minutes)
 * are looked up at PortOne, their charges cancelled, and marked failed. The result is printed as
 * one JSON line (`reconcile-order-groups {...}`).
 */
export default async function reconcileOrderGroupsNow({ container }: ExecArgs) {
  const result = await reconcilePendingOrderGroups(container)
  process.stdout.write(`reconcile-order-groups ${JSON.stringify(result)}\n`)
}
