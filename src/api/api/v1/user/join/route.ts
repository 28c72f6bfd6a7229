import type { MedusaRequest } from "@medusajs/framework/http"
import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { joinCustomerWorkflow } from "../../../../../workflows/customer/workflows/join-customer"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { requestMeta, toUserConsent, toUserProfile, type UserConsent, type UserProfile } from "../helpers"
import type { PostUserJoinType } from "../validators"

type JoinResponse = UserProfile & { consents: UserConsent[] }

/** 사용자 회원가입. 201 with the new profile and the consent rows; log in afterwards for a token. */
export const POST = async (req: MedusaRequest<PostUserJoinType>, res: ApiV1Response<JoinResponse>) => {
  const body = req.validatedBody
  const { result } = await joinCustomerWorkflow(req.scope).run({
    input: {
      email: body.user_email,
      password: body.user_password,
      name: body.user_name,
      phone: body.user_phonenumber,
      address: {
        postal_code: body.user_zipcode,
        address_1: body.user_address,
        address_2: body.user_detail_address,
      },
      agreed_codes: body.tos_codes,
      ...requestMeta(req),
    },
  })
  const customers = req.scope.resolve<ICustomerModuleService>(Modules.CUSTOMER)
  const customer = await customers.retrieveCustomer(result.customer.id, { relations: ["addresses"] })
  sendOk(res, { ...toUserProfile(customer), consents: result.consents.map(toUserConsent) }, { status: 201 })
}
