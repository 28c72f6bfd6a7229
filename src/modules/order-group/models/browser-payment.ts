import { model } from "@medusajs/framework/utils"

/**
 * A PortOne V2 paymentId issued by Gopang to one customer for one purchase (the browser SDK pays
 * under it). Only an id issued to the caller can pay an order, and only such an id is ever
 * cancelled by Gopang: a client cannot name someone else's payment, or one it made up.
 */
export const BrowserPayment = model
  .define("browser_payment", {
    id: model.id({ prefix: "bpay" }).primaryKey(),
    /** The PortOne V2 paymentId (alphanumeric, at most 32 characters). */
    payment_id: model.text(),
    customer_id: model.text(),
    /** What the shopper confirmed, in whole won (pre-registered with PortOne). */
    amount: model.number(),
  })
  .indexes([
    { on: ["payment_id"], unique: true },
    { on: ["customer_id", "created_at"] },
  ])
