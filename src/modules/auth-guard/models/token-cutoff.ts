import { model } from "@medusajs/framework/utils"

/**
 * One actor's "sessions valid from" mark: every bearer token issued and every cookie session
 * established before `not_before` is refused, and open chat sockets are dropped when it moves.
 * Password change, logout and secession move it, ending all of that person's sessions on every
 * device, not only the one that asked. Always a whole second (see `nextWholeSecond`).
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
