import { model } from "@medusajs/framework/utils"
import AftersalesRequest from "./aftersales-request"

/** A line item of the order, how many units go back, and (exchanges) the replacement variant. */
const AftersalesRequestItem = model
  .define("aftersales_request_item", {
    id: model.id({ prefix: "asri" }).primaryKey(),
    line_item_id: model.text(),
    variant_id: model.text().nullable(),
    title: model.text(),
    quantity: model.number(),
    /** Paid price of one unit (after discounts), whole KRW. */
    unit_price: model.number(),
    replacement_variant_id: model.text().nullable(),
    replacement_title: model.text().nullable(),
    request: model.belongsTo(() => AftersalesRequest, { mappedBy: "items" }),
  })
  .indexes([{ on: ["line_item_id"] }])

export default AftersalesRequestItem
