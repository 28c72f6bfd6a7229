import { model } from "@medusajs/framework/utils"
import { AftersalesReason, AftersalesState, AftersalesType, FeePayer } from "../types"
import AftersalesRequestEvent from "./aftersales-request-event"
import AftersalesRequestItem from "./aftersales-request-item"

/**
 * 반품/교환 요청: one customer's return or exchange of line items of one seller order. Money is
 * whole KRW. The order-side effects live in Medusa's own return and exchange (return_id,
 * exchange_id), created when the seller approves.
 */
const AftersalesRequest = model
  .define("aftersales_request", {
    id: model.id({ prefix: "asr" }).primaryKey(),
    display_id: model.autoincrement(),
    type: model.enum(AftersalesType),
    state: model.enum(AftersalesState).default(AftersalesState.REQUESTED),
    order_id: model.text(),
    customer_id: model.text(),
    seller_id: model.text(),
    reason: model.enum(AftersalesReason),
    comment: model.text().nullable(),
    /** 교환/반품 연락처·주소·이름: where the courier picks the parcel up (default: the order's). */
    pickup_name: model.text(),
    pickup_phone: model.text().nullable(),
    pickup_address: model.text(),
    pickup_postal_code: model.text().nullable(),
    pickup_date: model.dateTime().nullable(),
    /** Return shipping (one way) or exchange shipping (both ways) charged to whoever pays it. */
    shipping_fee: model.number().default(0),
    fee_payer: model.enum(FeePayer),
    /** Sum of the returned items' paid prices. */
    items_amount: model.number().default(0),
    /** The original delivery fee given back (seller's fault, once per order). */
    delivery_fee_refund: model.number().default(0),
    /** What the customer gets back (returns): items − fee, or items + delivery fee. */
    refund_amount: model.number().default(0),
    /** Medusa refund (payment module) once the money went back. */
    refund_id: model.text().nullable(),
    refunded_at: model.dateTime().nullable(),
    return_id: model.text().nullable(),
    exchange_id: model.text().nullable(),
    /** The replacement's fulfillment and courier tracking (exchanges). */
    fulfillment_id: model.text().nullable(),
    courier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    inspection_note: model.text().nullable(),
    /** The last failure of an operation on the request (e.g. PortOne refused the refund). */
    last_error: model.text().nullable(),
    last_error_at: model.dateTime().nullable(),
    approved_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    items: model.hasMany(() => AftersalesRequestItem, { mappedBy: "request" }),
    history: model.hasMany(() => AftersalesRequestEvent, { mappedBy: "request" }),
  })
  .cascades({ delete: ["items", "history"] })
  .indexes([{ on: ["order_id"] }, { on: ["customer_id", "type"] }, { on: ["seller_id", "state"] }, { on: ["state"] }])

export default AftersalesRequest
