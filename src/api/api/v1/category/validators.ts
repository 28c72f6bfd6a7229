import { z } from "@medusajs/framework/zod"

const name = z.string().trim().min(1, "카테고리 이름을 입력해 주세요.").max(100)
const parentId = z.string().trim().min(1).nullable()
const depth = z.number().int().min(0)

export const PostCategory = z
  .object({ name, parentId: parentId.optional().default(null), depth: depth.optional() })
  .strict()
export type PostCategoryType = z.infer<typeof PostCategory>

export const UpdateCategory = z
  .object({ name: name.optional(), parentId: parentId.optional(), depth: depth.optional() })
  .strict()
  .refine((body) => body.name !== undefined || body.parentId !== undefined, {
    message: "name 또는 parentId 중 하나는 있어야 합니다.",
    path: ["name"],
  })
export type UpdateCategoryType = z.infer<typeof UpdateCategory>

export const DeleteCategoryQuery = z
  .object({ cascade: z.enum(["true", "false"]).optional().default("false") })
  .strict()
export type DeleteCategoryQueryType = z.infer<typeof DeleteCategoryQuery>
