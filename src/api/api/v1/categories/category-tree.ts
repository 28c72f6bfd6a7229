import type { MedusaContainer, ProductCategoryDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type CategoryNode = {
  categoryId: string
  name: string
  handle: string
  depth: number
  parentId: string | null
  children: CategoryNode[]
}

type CategoryRow = Pick<ProductCategoryDTO, "id" | "name" | "handle" | "rank" | "parent_category_id">

/** The whole shopper-visible tree (active, not internal) from one query, built in memory. */
export async function loadCategoryTree(container: MedusaContainer): Promise<CategoryNode[]> {
  const productModule = container.resolve(Modules.PRODUCT)
  const rows: CategoryRow[] = await productModule.listProductCategories(
    { is_active: true, is_internal: false },
    { select: ["id", "name", "handle", "rank", "parent_category_id"], order: { rank: "ASC" }, take: null }
  )
  const nodes = new Map<string, CategoryNode>(
    rows.map((row) => [
      row.id,
      { categoryId: row.id, name: row.name, handle: row.handle, depth: 0, parentId: row.parent_category_id, children: [] },
    ])
  )
  const roots: CategoryNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined
    if (parent) {
      parent.children.push(node)
    } else if (!node.parentId) {
      roots.push(node)
    }
    // A child of an inactive or internal category is hidden with it.
  }
  const setDepth = (node: CategoryNode, depth: number) => {
    node.depth = depth
    node.children.forEach((child) => setDepth(child, depth + 1))
  }
  roots.forEach((root) => setDepth(root, 0))
  return roots
}
