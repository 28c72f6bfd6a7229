import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { updateCustomerProfileWorkflow } from "../../../../../workflows/customer/workflows/update-customer-profile"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { confirmPassword, currentCustomer, loadMe, loginEmail, type MeResponse } from "../helpers"
import type { PutUserModifyType } from "../validators"

/** 사용자 정보 수정: only the caller's own account (the id comes from the token, never the body). */
export const PUT = async (req: AuthenticatedMedusaRequest<PutUserModifyType>, res: ApiV1Response<MeResponse>) => {
  const body = req.validatedBody
  const customer = await currentCustomer(req)
  let password: { email: string; new_password: string } | undefined
  if (body.new_password && body.current_password) {
    const email = await loginEmail(req)
    await confirmPassword(req.scope, email, body.current_password, "current_password")
    password = { email, new_password: body.new_password }
  }
  const address = {
    ...(body.user_zipcode !== undefined ? { postal_code: body.user_zipcode } : {}),
    ...(body.user_address !== undefined ? { address_1: body.user_address } : {}),
    ...(body.user_detail_address !== undefined ? { address_2: body.user_detail_address } : {}),
  }
  await updateCustomerProfileWorkflow(req.scope).run({
    input: {
      customer_id: customer.id,
      name: body.user_name,
      phone: body.user_phonenumber,
      address: Object.keys(address).length ? address : undefined,
      password,
    },
  })
  sendOk(res, await loadMe(req))
}
