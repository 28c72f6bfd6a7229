import type { MedusaRequest } from "@medusajs/framework/http"
import { CATALOG_MODULE } from "../../../../../modules/catalog"
import type CatalogModuleService from "../../../../../modules/catalog/service"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import { toItemCard, type ItemCard } from "../../items/cards"
import { descendantIds, loadCategoryTree } from "../../categories/category-tree"

export type MainPage = {
  newArrivals: ItemCard[]
  bestSellers: ItemCard[]
  topRated: ItemCard[]
  categories: { categoryId: string; name: string; items: ItemCard[] }[]
}

const SECTION_SIZE = 10
const CATEGORY_PICKS = 4

/**
 * GET /api/v1/main/items — the home page, the same for guests and members: new arrivals, best
 * sellers (units sold in the last 30 days), top rated (once reviews exist) and picks per top category.
 */
export const GET = async (req: MedusaRequest, res: ApiV1Response<MainPage>) => {
  const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE)
  const roots = await loadCategoryTree(req.scope)
  const first = { page: 1, size: SECTION_SIZE }

  const [latest, selling, rated, ...picks] = await Promise.all([
    catalog.searchCatalog({ ...first, sort: "latest" }),
    catalog.searchCatalog({ ...first, sort: "best_selling" }),
    catalog.searchCatalog({ ...first, sort: "rating" }),
    ...roots.map((root) =>
      catalog.searchCatalog({
        categoryIds: descendantIds(roots, root.categoryId),
        sort: "latest",
        page: 1,
        size: CATEGORY_PICKS,
      })
    ),
  ])

  sendOk(res, {
    newArrivals: latest.items.map(toItemCard),
    bestSellers: selling.items.filter((item) => item.units_sold_30d > 0).map(toItemCard),
    topRated: rated.items.filter((item) => item.review_count > 0).map(toItemCard),
    categories: roots
      .map((root, index) => ({ categoryId: root.categoryId, name: root.name, items: picks[index].items.map(toItemCard) }))
      .filter((section) => section.items.length > 0),
  })
}
