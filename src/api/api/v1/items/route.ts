import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../../../modules/catalog"
import type CatalogModuleService from "../../../../modules/catalog/service"
import { sendOk, type ApiV1Response } from "../../../utils/envelope"
import { descendantIds, loadCategoryTree } from "../categories/category-tree"
import { toItemCard, type ItemCard } from "./cards"
import type { ListItemsQueryType } from "./validators"

/**
 * GET /api/v1/items?category=&sort=&q=&page=&size= — purchasable products; `category` (id or
 * handle) includes its descendants, `q` matches inside titles regardless of spacing.
 */
export const GET = async (req: MedusaRequest, res: ApiV1Response<ItemCard[]>) => {
  const { category, sort, q, page, size } = req.validatedQuery as ListItemsQueryType
  let categoryIds: string[] | undefined
  if (category) {
    categoryIds = descendantIds(await loadCategoryTree(req.scope), category)
    if (!categoryIds) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `카테고리 ${category}을(를) 찾을 수 없습니다.`)
    }
  }
  const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE)
  const { items, total } = await catalog.searchCatalog({ categoryIds, q, sort, page, size })
  sendOk(res, items.map(toItemCard), { meta: { page, size, total } })
}
