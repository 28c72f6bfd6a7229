import { model } from "@medusajs/framework/utils"

/**
 * Every token of one actor issued before `not_before` is refused: secession and a password change
 * end all of that person's sessions, on every device, not only the one that asked.
 */
const TokenCutoff = model
  .define("token_cutoff", {
    id: model.id({ prefix: "tcut" }).primaryKey(),
    actor_type: model.text(),
    actor_id: model.text(),
    not_before: model.dateTime(),
  })
  .indexes([{ on: ["actor_type", "actor_id"], unique: true, where: "deleted_at IS NULL" }])

export default TokenCutoff
