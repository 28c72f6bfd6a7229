import { model } from "@medusajs/framework/utils"

/**
 * A JWT that must not be accepted any more (logout, secession, password change), kept until it
 * would have expired anyway. Only the SHA-256 of the token is stored, never the token.
 */
const RevokedToken = model
  .define("revoked_token", {
    id: model.id({ prefix: "rvk" }).primaryKey(),
    token_hash: model.text().unique(),
    actor_type: model.text(),
    actor_id: model.text(),
    expires_at: model.dateTime().index("IDX_REVOKED_TOKEN_EXPIRES_AT"),
  })

export default RevokedToken
