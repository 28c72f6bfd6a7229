import { model } from "@medusajs/framework/utils"
import Seller from "./seller"

/** 반품/교환정보: where returns go and what they cost the shopper. Fees are whole KRW. */
const SellerReturnPolicy = model.define("seller_return_policy", {
  id: model.id({ prefix: "srp" }).primaryKey(),
  address: model.text(),
  /** One-way return shipping fee (반품배송비, 편도). */
  return_delivery_cost: model.number(),
  /** Exchange shipping fee, both ways (교환배송비, 왕복). */
  exchange_delivery_cost: model.number(),
  seller: model.belongsTo(() => Seller, { mappedBy: "return_policy" }),
})

export default SellerReturnPolicy
