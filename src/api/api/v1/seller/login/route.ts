import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SellerStatus } from "../../../../../modules/seller/types"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import { issueSellerToken, retrieveSellerOrThrow, SELLER_ACTOR, verifyEmailPassword } from "../helpers"
import { serializeSeller } from "../serializers"
import type { SellerLoginBody } from "../validators"

type LoginResponse = { seller: ReturnType<typeof serializeSeller>; token: string }

/**
 * POST /api/v1/seller/login — a JWT with actor_type `seller`. The same e-mail may also be a
 * customer: the identity is shared, the actor type of the token decides what it can do.
 */
export async function POST(req: MedusaRequest<SellerLoginBody>, res: ApiV1Response<LoginResponse>) {
  const { email, password } = req.validatedBody
  const authIdentity = await verifyEmailPassword(req, email, password)
  const sellerId = authIdentity.app_metadata?.[`${SELLER_ACTOR}_id`]
  if (typeof sellerId !== "string" || !sellerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "판매자로 가입된 계정이 아닙니다.")
  }
  const seller = await retrieveSellerOrThrow(req.scope, sellerId)
  if (seller.status === SellerStatus.CLOSED) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "탈퇴한 판매자 계정입니다.")
  }
  const { token } = await issueSellerToken(req.scope, authIdentity.id)
  sendOk(res, { seller: serializeSeller(seller), token })
}
