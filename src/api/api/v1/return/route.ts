import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AftersalesType } from "../../../../modules/aftersales"
import type { ApiV1Response } from "../../../utils/envelope"
import type { AftersalesView } from "./aftersales-view"
import { listAftersalesOf } from "./handlers"
import type { AftersalesListQueryType } from "./validators"

/** GET /api/v1/return/?state&orderId&page&size — the caller's returns (반품내역), newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AftersalesListQueryType>, res: ApiV1Response<AftersalesView[]>) {
  await listAftersalesOf(req, res, AftersalesType.RETURN)
}
