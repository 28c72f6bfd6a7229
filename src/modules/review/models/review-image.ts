import { model } from "@medusajs/framework/utils"
import { ReviewImageKind } from "../types"
import Review from "./review"

/** A photo of a review and its 320 px WebP thumbnail, both stored through the File Module. */
const ReviewImage = model
  .define("review_image", {
    id: model.id({ prefix: "revimg" }).primaryKey(),
    kind: model.enum(ReviewImageKind),
    rank: model.number(),
    original_name: model.text(),
    /** The File Module's id of the original (its storage key: random, never the original name). */
    file_key: model.text(),
    thumbnail_key: model.text(),
    size: model.number(),
    content_type: model.text(),
    url: model.text(),
    thumbnail_url: model.text(),
    review: model.belongsTo(() => Review, { mappedBy: "images" }),
  })
  .indexes([{ name: "IDX_review_image_review", on: ["review_id", "rank"], where: "deleted_at IS NULL" }])

export default ReviewImage
