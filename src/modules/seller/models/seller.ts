import { model } from "@medusajs/framework/utils"
import { BusinessType, SellerStatus } from "../types"
import SellerDeliveryPolicy from "./seller-delivery-policy"
import SellerReturnPolicy from "./seller-return-policy"

/** 판매자: a shop on the marketplace. Its e-mail is the login id of its `seller` auth actor. */
const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    email: model.text().searchable(),
    name: model.text().searchable(),
    representative_name: model.text(),
    phone_number: model.text(),
    business_type: model.enum(BusinessType),
    business_registration_number: model.text(),
    status: model.enum(SellerStatus).default(SellerStatus.PENDING),
    /** Why an operator suspended the shop; cleared on reinstatement. */
    status_reason: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    suspended_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    delivery_policy: model.hasOne(() => SellerDeliveryPolicy, { mappedBy: "seller" }).nullable(),
    return_policy: model.hasOne(() => SellerReturnPolicy, { mappedBy: "seller" }).nullable(),
  })
  .cascades({ delete: ["delivery_policy", "return_policy"] })
  .indexes([
    { on: ["email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["business_registration_number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"] },
  ])

export default Seller
