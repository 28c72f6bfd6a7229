import type { MedusaRequest } from "@medusajs/framework/http"
import { createSellerAccountWorkflow } from "../../../../../workflows/seller/workflows/create-seller-account"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import { issueSellerToken, resolveJoiningIdentity, retrieveSellerOrThrow } from "../helpers"
import { serializeSeller } from "../serializers"
import type { SellerJoinBody } from "../validators"

type JoinResponse = { seller: ReturnType<typeof serializeSeller>; token: string }

/**
 * POST /api/v1/seller/join — 판매자 회원가입. The seller starts pending; the returned token
 * already carries the seller actor, so a pending seller can log in and edit its profile.
 */
export async function POST(req: MedusaRequest<SellerJoinBody>, res: ApiV1Response<JoinResponse>) {
  const { email, password, agreements, delivery_policy, return_policy, ...profile } = req.validatedBody
  const identity = await resolveJoiningIdentity(req, email, password)
  const { result: seller } = await createSellerAccountWorkflow(req.scope).run({
    input: {
      auth_identity_id: identity.authIdentityId,
      auth_identity_created: identity.created,
      email,
      seller: profile,
      delivery_policy,
      return_policy,
      agreements,
      ip: req.ip ?? null,
      user_agent: req.get("user-agent") ?? null,
    },
  })
  const [{ token }, full] = await Promise.all([
    issueSellerToken(req.scope, identity.authIdentityId),
    retrieveSellerOrThrow(req.scope, seller.id),
  ])
  sendOk(res, { seller: serializeSeller(full), token }, { status: 201 })
}
