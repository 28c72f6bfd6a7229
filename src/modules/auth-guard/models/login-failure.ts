import { model } from "@medusajs/framework/utils"

/**
 * One failed login, keyed by what was attacked ("customer:email:a@b.kr", "customer:ip:1.2.3.4").
 * Counted inside a sliding window to slow brute force down; cleared on a successful login.
 */
const LoginFailure = model
  .define("login_failure", {
    id: model.id({ prefix: "lgf" }).primaryKey(),
    key: model.text(),
  })
  .indexes([{ on: ["key", "created_at"], name: "IDX_LOGIN_FAILURE_KEY_CREATED_AT" }])

export default LoginFailure
