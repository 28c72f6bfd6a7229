import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { deleteCategoryWorkflow } from "../../../../../workflows/category/workflows/delete-category"
import { updateCategoryWorkflow } from "../../../../../workflows/category/workflows/update-category"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import type { CategoryResponse } from "../route"
import type { DeleteCategoryQueryType, UpdateCategoryType } from "../validators"

/** POST (as in the Gopang plan) or PUT /api/v1/category/{categoryId} (admin) — rename or move. */
export const POST = async (
  req: AuthenticatedMedusaRequest<UpdateCategoryType>,
  res: ApiV1Response<CategoryResponse>
) => {
  const { result } = await updateCategoryWorkflow(req.scope).run({
    input: { id: req.params.categoryId, ...req.validatedBody },
  })
  sendOk(res, { categoryId: result.id, depth: result.depth })
}

export const PUT = POST

export type DeleteCategoryResponse = { categoryId: string; movedProducts: number; movedChildren: number }

/** DELETE /api/v1/category/{categoryId}[?cascade=true] (admin). */
export const DELETE = async (
  req: AuthenticatedMedusaRequest<unknown, DeleteCategoryQueryType>,
  res: ApiV1Response<DeleteCategoryResponse>
) => {
  const { result } = await deleteCategoryWorkflow(req.scope).run({
    input: { id: req.params.categoryId, cascade: req.validatedQuery.cascade === "true" },
  })
  sendOk(res, {
    categoryId: result.id,
    movedProducts: result.productIds.length,
    movedChildren: result.childIds.length,
  })
}
