import { model } from "@medusajs/framework/utils"
import { PaymentCompensationStatus } from "../types"

/**
 * A compensation that moves money back (voiding a charge of a failed order) and failed at least
 * once. It is retried, first at once and then by the `retry-payment-compensations` job, and stays
 * listed for operators (GET /admin/payment-compensations): never silently dropped.
 */
export const PaymentCompensation = model
  .define("payment_compensation", {
    id: model.id({ prefix: "pcmp" }).primaryKey(),
    /** `cancel_payment` (a Medusa payment id) or `void_browser_payment` (a PortOne V2 paymentId). */
    action: model.text(),
    reference: model.text(),
    /** The PortOne payment concerned (merchant_uid / paymentId), for the operator. */
    merchant_uid: model.text().nullable(),
    status: model.enum(PaymentCompensationStatus).default(PaymentCompensationStatus.FAILED),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    /** Every attempt: `{ entries: [{ at, status, error? }] }`. */
    history: model.json().nullable(),
  })
  .indexes([{ on: ["status", "created_at"] }])
