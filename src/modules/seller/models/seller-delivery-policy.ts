import { model } from "@medusajs/framework/utils"
import { DeliveryWay } from "../types"
import Seller from "./seller"

/** 판매자 배송 정보: how and for how much a seller ships. Fees are whole KRW. */
const SellerDeliveryPolicy = model.define("seller_delivery_policy", {
  id: model.id({ prefix: "sdp" }).primaryKey(),
  forwarding_place: model.text(),
  delivery_jeju_mountain: model.boolean().default(true),
  /** Extra fee for Jeju and remote islands (제주/도서산간 추가 배송비). */
  jeju_mountain_extra_cost: model.number().default(0),
  courier_company: model.text(),
  delivery_way: model.enum(DeliveryWay).default(DeliveryWay.STANDARD),
  delivery_cost: model.number().default(0),
  /** Order amount from which delivery is free; null: never free. */
  free_delivery_threshold: model.number().nullable(),
  /** Days from payment to delivery. */
  delivery_period: model.number(),
  seller: model.belongsTo(() => Seller, { mappedBy: "delivery_policy" }),
})

export default SellerDeliveryPolicy
