import { z } from "@medusajs/framework/zod"
import { UserEmail, UserPassword } from "../api/v1/user/validators"

/**
 * Medusa's reset flow body (`POST /auth/:actor_type/emailpass/update`, called by the js-sdk's
 * `auth.updateProvider`): the new password, under the shop's password rules. `email` is accepted
 * for storefronts that send it; the account is the one the reset token names.
 */
export const ResetPasswordBody = z
  .object({
    password: UserPassword,
    email: UserEmail.optional(),
  })
  .strict()
export type ResetPasswordBodyType = z.infer<typeof ResetPasswordBody>
