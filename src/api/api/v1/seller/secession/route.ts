import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AUTH_GUARD_MODULE, type AuthGuardModuleService } from "../../../../../modules/auth-guard"
import { closeSellerWorkflow } from "../../../../../workflows/seller/workflows/change-seller-status"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import { bearerToken } from "../helpers"

/**
 * DELETE /api/v1/seller/secession — 판매자 탈퇴: refused (409) while orders are open; otherwise
 * the shop is closed, its products leave the storefront, its records stay, and this token is
 * revoked. The e-mail's customer account, if any, is untouched.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: ApiV1Response<{ id: string; status: string }>) {
  const { result: seller } = await closeSellerWorkflow(req.scope).run({ input: { id: req.auth_context.actor_id } })
  const authGuard = req.scope.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
  await authGuard.revokeToken(bearerToken(req))
  sendOk(res, { id: seller.id, status: seller.status })
}
