import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createCategoryWorkflow } from "../../../../workflows/category/workflows/create-category"
import { sendOk, type ApiV1Response } from "../../../utils/envelope"
import type { PostCategoryType } from "./validators"

export type CategoryResponse = { categoryId: string; depth: number }

/** POST /api/v1/category (admin) — `{ name, parentId, depth? }`; depth is derived from the parent. */
export const POST = async (
  req: AuthenticatedMedusaRequest<PostCategoryType>,
  res: ApiV1Response<CategoryResponse>
) => {
  // The handle is made unique from the categories read at the start; a category made in between
  // (two requests creating the same name at once) meets Medusa's unique index, an English 400.
  const { result } = await createCategoryWorkflow(req.scope)
    .run({ input: req.validatedBody })
    .catch(async (error: unknown) => {
      // Told by the category that got there first, not by Medusa's (English) message.
      const [made] = await req.scope
        .resolve(Modules.PRODUCT)
        .listProductCategories({ name: req.validatedBody.name, parent_category_id: req.validatedBody.parentId ?? null }, { select: ["id"], take: 1 })
      // Medusa answers its unique index with INVALID_DATA; any other failure is not a duplicate.
      if (made && (error as { type?: string }).type === MedusaError.Types.INVALID_DATA) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "name: 같은 주소(handle)의 카테고리가 이미 있습니다. 잠시 후 다시 시도하거나 이름을 바꿔 주세요."
        )
      }
      throw error
    })
  sendOk(res, { categoryId: result.id, depth: result.depth }, { status: 201 })
}
