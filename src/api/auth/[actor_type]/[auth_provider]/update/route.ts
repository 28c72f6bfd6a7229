import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { resetPasswordWorkflow } from "../../../../../workflows/auth/workflows/reset-password"
import { EMAILPASS } from "../../../../../workflows/customer/steps/register-customer-identity"
import type { ResetPasswordBodyType } from "../../../validators"

/**
 * Replaces Medusa's route of the same path (same answer, `{ success: true }`): Medusa's only sets
 * the password, this one also ends every session of the login (see `resetPasswordWorkflow`).
 * Medusa's `validateToken` still runs first: the single-use reset token names the account.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<ResetPasswordBodyType>,
  res: MedusaResponse<{ success: true }>
) => {
  if (req.params.auth_provider !== EMAILPASS) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "auth_provider: 이메일 로그인만 비밀번호를 바꿀 수 있습니다.")
  }
  await resetPasswordWorkflow(req.scope).run({
    input: { email: req.auth_context.actor_id, password: req.validatedBody.password },
  })
  res.status(200).json({ success: true })
}
