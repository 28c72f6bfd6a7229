import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { createCategoryWorkflow } from "../../../../workflows/category/workflows/create-category"
import { sendOk, type ApiV1Response } from "../../../utils/envelope"
import type { PostCategoryType } from "./validators"

export type CategoryResponse = { categoryId: string; depth: number }

/** POST /api/v1/category (admin) — `{ name, parentId, depth? }`; depth is derived from the parent. */
export const POST = async (
  req: AuthenticatedMedusaRequest<PostCategoryType>,
  res: ApiV1Response<CategoryResponse>
) => {
  const { result } = await createCategoryWorkflow(req.scope).run({ input: req.validatedBody })
  sendOk(res, { categoryId: result.id, depth: result.depth }, { status: 201 })
}
