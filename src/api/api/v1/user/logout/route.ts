import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { SessionEndReason } from "../../../../../workflows/auth/session-end"
import { endSessionsWorkflow } from "../../../../../workflows/auth/workflows/end-sessions"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { bearerToken } from "../helpers"

/** 사용자 로그아웃: every session of the customer ends (all devices, cookie sessions, chat sockets). */
export const PUT = async (req: AuthenticatedMedusaRequest, res: ApiV1Response<{ logged_out: true }>) => {
  await endSessionsWorkflow(req.scope).run({
    input: {
      token: bearerToken(req),
      actors: [{ actor_type: "customer", actor_id: req.auth_context.actor_id }],
      reason: SessionEndReason.LOGGED_OUT,
    },
  })
  sendOk(res, { logged_out: true })
}
