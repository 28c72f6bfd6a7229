import { model } from "@medusajs/framework/utils"
import Review from "./review"

/** One customer's vote on a review: helpful or not; changeable, removable. */
const ReviewVote = model
  .define("review_vote", {
    id: model.id({ prefix: "revvote" }).primaryKey(),
    customer_id: model.text(),
    helpful: model.boolean(),
    review: model.belongsTo(() => Review, { mappedBy: "votes" }),
  })
  .indexes([
    { name: "IDX_review_vote_unique", on: ["review_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
  ])

export default ReviewVote
