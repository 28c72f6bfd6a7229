import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { secedeCustomerWorkflow } from "../../../../../workflows/customer/workflows/secede-customer"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { bearerToken, confirmPassword, currentCustomer, loginEmail, requestMeta } from "../helpers"
import type { DeleteUserSecessionType } from "../validators"

/** 사용자 탈퇴: confirmed with the password; see `secedeCustomerWorkflow` for what is kept. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest<DeleteUserSecessionType>,
  res: ApiV1Response<{ user_id: string; seceded: true }>
) => {
  const customer = await currentCustomer(req)
  await confirmPassword(req.scope, await loginEmail(req), req.validatedBody.user_password, "user_password")
  await secedeCustomerWorkflow(req.scope).run({
    input: { customer_id: customer.id, token: bearerToken(req), ...requestMeta(req) },
  })
  sendOk(res, { user_id: customer.id, seceded: true })
}
