import type { MedusaContainer } from "@medusajs/framework/types"
import { retryFailedPaymentCompensations } from "../workflows/payment/utils/compensation"

/** Money-moving compensations that failed (PortOne down, a 500) are tried again until done. */
export default async function retryPaymentCompensations(container: MedusaContainer) {
  await retryFailedPaymentCompensations(container)
}

export const config = {
  name: "retry-payment-compensations",
  schedule: "*/5 * * * *",
}
