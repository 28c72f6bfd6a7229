import { model } from "@medusajs/framework/utils"

/**
 * A product's published-review aggregates, maintained with every change (never counted at read
 * time): the product page reads one row whether the product has ten reviews or a million.
 */
const ReviewSummary = model.define("review_summary", {
  id: model.id({ prefix: "revsum" }).primaryKey(),
  product_id: model.text().unique(),
  review_count: model.number().default(0),
  rating_sum: model.number().default(0),
  star_1: model.number().default(0),
  star_2: model.number().default(0),
  star_3: model.number().default(0),
  star_4: model.number().default(0),
  star_5: model.number().default(0),
  photo_star_1: model.number().default(0),
  photo_star_2: model.number().default(0),
  photo_star_3: model.number().default(0),
  photo_star_4: model.number().default(0),
  photo_star_5: model.number().default(0),
})

export default ReviewSummary
