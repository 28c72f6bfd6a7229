import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { updateSellerWorkflow } from "../../../../../workflows/seller/workflows/update-seller"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import { retrieveSellerOrThrow } from "../helpers"
import { serializeSeller } from "../serializers"
import type { SellerModifyBody } from "../validators"

type SellerResponse = { seller: ReturnType<typeof serializeSeller> }

/** GET /api/v1/seller/sellermodify — the signed-in seller's profile and policies, for the edit form. */
export async function GET(req: AuthenticatedMedusaRequest, res: ApiV1Response<SellerResponse>) {
  const seller = await retrieveSellerOrThrow(req.scope, req.auth_context.actor_id)
  sendOk(res, { seller: serializeSeller(seller) })
}

/** PUT /api/v1/seller/sellermodify — 판매자 정보 수정 (profile, delivery and return policies). */
export async function PUT(req: AuthenticatedMedusaRequest<SellerModifyBody>, res: ApiV1Response<SellerResponse>) {
  const { delivery_policy, return_policy, ...profile } = req.validatedBody
  await updateSellerWorkflow(req.scope).run({
    input: { id: req.auth_context.actor_id, seller: profile, delivery_policy, return_policy },
  })
  const seller = await retrieveSellerOrThrow(req.scope, req.auth_context.actor_id)
  sendOk(res, { seller: serializeSeller(seller) })
}
