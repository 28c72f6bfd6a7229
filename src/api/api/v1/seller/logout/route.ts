import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AUTH_GUARD_MODULE, type AuthGuardModuleService } from "../../../../../modules/auth-guard"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import { bearerToken } from "../helpers"

/** PUT /api/v1/seller/logout — revokes the bearer token on every API surface. */
export async function PUT(req: AuthenticatedMedusaRequest, res: ApiV1Response<{ logged_out: true }>) {
  const authGuard = req.scope.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
  await authGuard.revokeToken(bearerToken(req))
  sendOk(res, { logged_out: true })
}
