import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { loadMe, type MeResponse } from "../helpers"

/** The caller's profile, their latest answer per term, and required terms still to agree to. */
export const GET = async (req: AuthenticatedMedusaRequest, res: ApiV1Response<MeResponse>) => {
  sendOk(res, await loadMe(req))
}
