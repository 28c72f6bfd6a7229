import { model } from "@medusajs/framework/utils"

/**
 * Login attempts not (yet) proven good for one key, in a fixed window: an account
 * ("customer:kim@gopang.kr", "user:…", "seller:…") or a client address ("address:1.2.3.4").
 * An attempt is counted before its password is checked (one atomic upsert), so parallel guesses
 * cannot slip past the limit; a successful login deletes its account's row and gives its
 * address's attempt back.
 */
const LoginCounter = model.define("login_counter", {
  id: model.id({ prefix: "lgc" }).primaryKey(),
  key: model.text().unique(),
  attempts: model.number(),
  window_started_at: model.dateTime(),
})

export default LoginCounter
