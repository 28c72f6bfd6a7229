import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { logoutCustomerWorkflow } from "../../../../../workflows/customer/workflows/logout-customer"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { bearerToken } from "../helpers"

/** 사용자 로그아웃: the token is revoked for every API surface at once. */
export const PUT = async (req: AuthenticatedMedusaRequest, res: ApiV1Response<{ logged_out: true }>) => {
  await logoutCustomerWorkflow(req.scope).run({ input: { token: bearerToken(req) } })
  sendOk(res, { logged_out: true })
}
