import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { SessionEndReason } from "../../../../../workflows/auth/session-end"
import { endSessionsWorkflow } from "../../../../../workflows/auth/workflows/end-sessions"
import { closeSellerWorkflow } from "../../../../../workflows/seller/workflows/change-seller-status"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import { bearerToken } from "../helpers"

/**
 * DELETE /api/v1/seller/secession — 판매자 탈퇴: refused (409) while orders are open; otherwise
 * the shop is closed, its products leave the storefront, its records stay, and every session of
 * the seller ends (tokens, cookie sessions, chat sockets). The e-mail's customer account, if any,
 * is untouched.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: ApiV1Response<{ id: string; status: string }>) {
  const { result: seller } = await closeSellerWorkflow(req.scope).run({ input: { id: req.auth_context.actor_id } })
  await endSessionsWorkflow(req.scope).run({
    input: {
      token: bearerToken(req) || undefined,
      actors: [{ actor_type: "seller", actor_id: seller.id }],
      reason: SessionEndReason.SECEDED,
    },
  })
  sendOk(res, { id: seller.id, status: seller.status })
}
