import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { SessionEndReason } from "../../../../../workflows/auth/session-end"
import { endSessionsWorkflow } from "../../../../../workflows/auth/workflows/end-sessions"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import { bearerToken } from "../helpers"

/** PUT /api/v1/seller/logout — every session of the seller ends (all devices, cookie sessions, chat sockets). */
export async function PUT(req: AuthenticatedMedusaRequest, res: ApiV1Response<{ logged_out: true }>) {
  await endSessionsWorkflow(req.scope).run({
    input: {
      token: bearerToken(req) || undefined,
      actors: [{ actor_type: "seller", actor_id: req.auth_context.actor_id }],
      reason: SessionEndReason.LOGGED_OUT,
    },
  })
  sendOk(res, { logged_out: true })
}
