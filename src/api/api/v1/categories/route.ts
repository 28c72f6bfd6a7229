import type { MedusaRequest } from "@medusajs/framework/http"
import { sendOk, type ApiV1Response } from "../../../utils/envelope"
import { loadCategoryTree, type CategoryNode } from "./category-tree"

/** GET /api/v1/categories — the whole category tree, public. */
export const GET = async (req: MedusaRequest, res: ApiV1Response<CategoryNode[]>) => {
  sendOk(res, await loadCategoryTree(req.scope))
}
