import { model } from "@medusajs/framework/utils"
import { ReviewStatus } from "../types"
import ReviewImage from "./review-image"
import ReviewVote from "./review-vote"

/**
 * A verified-purchase review: one per delivered order line item. `helpful_count` and
 * `not_helpful_count` are kept from the votes so the `best` order is an index scan.
 */
const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text().nullable(),
    order_id: model.text(),
    line_item_id: model.text(),
    customer_id: model.text(),
    /** The product's seller when the review was written (for seller lists; ownership is re-checked). */
    seller_id: model.text().nullable(),
    title: model.text(),
    content: model.text().nullable(),
    rating: model.number(),
    helpful_count: model.number().default(0),
    not_helpful_count: model.number().default(0),
    status: model.enum(ReviewStatus).default(ReviewStatus.PUBLISHED),
    /** Why a seller hid it or an operator removed it. */
    status_reason: model.text().nullable(),
    status_changed_at: model.dateTime().nullable(),
    has_photos: model.boolean().default(false),
    images: model.hasMany(() => ReviewImage, { mappedBy: "review" }),
    votes: model.hasMany(() => ReviewVote, { mappedBy: "review" }),
  })
  .cascades({ delete: ["images", "votes"] })
  .indexes([
    { name: "IDX_review_line_item_unique", on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_review_customer", on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    { name: "IDX_review_seller", on: ["seller_id", "created_at"], where: "deleted_at IS NULL" },
    // The product page: every sort and filter combination is one backward index scan.
    { name: "IDX_review_product_latest", on: ["product_id", "status", "created_at", "id"], where: "deleted_at IS NULL" },
    {
      name: "IDX_review_product_best",
      on: ["product_id", "status", "helpful_count", "created_at", "id"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_review_product_rating_latest",
      on: ["product_id", "status", "rating", "created_at", "id"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_review_product_rating_best",
      on: ["product_id", "status", "rating", "helpful_count", "created_at", "id"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_review_product_photo_latest",
      on: ["product_id", "status", "created_at", "id"],
      where: "deleted_at IS NULL AND has_photos = true",
    },
    {
      name: "IDX_review_product_photo_best",
      on: ["product_id", "status", "helpful_count", "created_at", "id"],
      where: "deleted_at IS NULL AND has_photos = true",
    },
  ])
  .checks([{ name: "review_rating_range", expression: (columns) => `${columns.rating} between 1 and 5` }])

export default Review
