import { z } from "@medusajs/framework/zod"
import { CATALOG_SORTS } from "../../../../modules/catalog/service"

export const MAX_PAGE_SIZE = 100

export const ListItemsQuery = z
  .object({
    category: z.string().trim().min(1).optional(),
    sort: z.enum(CATALOG_SORTS, { message: `정렬은 ${CATALOG_SORTS.join(", ")} 중 하나입니다.` }).default("latest"),
    q: z.string().trim().max(100, "검색어는 100자 이하입니다.").optional(),
    page: z.coerce.number().int().min(1, "page는 1 이상입니다.").default(1),
    size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE, `size는 ${MAX_PAGE_SIZE} 이하입니다.`).default(20),
  })
  .strict()
export type ListItemsQueryType = z.infer<typeof ListItemsQuery>
