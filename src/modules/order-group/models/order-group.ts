import { model } from "@medusajs/framework/utils"
import { OrderGroupStatus } from "../types"
import { OrderDelivery } from "./order-delivery"

/**
 * One purchase: what the shopper paid for at once. Holds the Idempotency-Key, the receiver and
 * the one PortOne payment that the seller orders share, with our own ledger of what has been
 * cancelled of it (the balance sent to PortOne with every partial cancel).
 */
export const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    customer_id: model.text(),
    idempotency_key: model.text(),
    /** Hash of the request body: the same key with another body is refused. */
    request_hash: model.text(),
    status: model.enum(OrderGroupStatus).default(OrderGroupStatus.PENDING),
    /** PortOne merchant_uid (V1) / paymentId (V2) of the one charge. */
    merchant_uid: model.text().nullable(),
    payment_flow: model.text().nullable(),
    items_total: model.number().default(0),
    delivery_total: model.number().default(0),
    /** What was charged, in whole won. */
    total: model.number().default(0),
    /** What has been refunded of the charge so far, in whole won. */
    cancelled_amount: model.number().default(0),
    receiver: model.json(),
    placed_at: model.dateTime().nullable(),
    /** Why a purchase failed after its key was claimed (status failed), shown to the shopper. */
    failure_reason: model.text().nullable(),
    failed_at: model.dateTime().nullable(),
    deliveries: model.hasMany(() => OrderDelivery, { mappedBy: "group" }),
  })
  .indexes([
    { on: ["customer_id", "idempotency_key"], unique: true },
    { on: ["merchant_uid"], unique: true, where: "merchant_uid IS NOT NULL" },
    { on: ["status", "created_at"] },
  ])
