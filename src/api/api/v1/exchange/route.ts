import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AftersalesType } from "../../../../modules/aftersales"
import type { ApiV1Response } from "../../../utils/envelope"
import type { AftersalesView } from "../return/aftersales-view"
import { listAftersalesOf } from "../return/handlers"
import type { AftersalesListQueryType } from "../return/validators"

/** GET /api/v1/exchange/?state&orderId&page&size — the caller's exchanges (교환내역), newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AftersalesListQueryType>, res: ApiV1Response<AftersalesView[]>) {
  await listAftersalesOf(req, res, AftersalesType.EXCHANGE)
}
