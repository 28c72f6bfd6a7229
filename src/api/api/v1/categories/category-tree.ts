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

/** The category named by id or handle and all its descendants' ids, or undefined if unknown. */
export function descendantIds(roots: CategoryNode[], idOrHandle: string): string[] | undefined {
  const visit = (nodes: CategoryNode[]): CategoryNode | undefined => {
    for (const node of nodes) {
      if (node.categoryId === idOrHandle || node.handle === idOrHandle) {
        return node
      }
      const found = visit(node.children)
      if (found) {
        return found
      }
    }
    return undefined
  }
  const collect = (node: CategoryNode): string[] => [node.categoryId, ...node.children.flatMap(collect)]
  const found = visit(roots)
  return found ? collect(found) : undefined
}

/** Ancestors first, ending with the category itself. */
export function categoryPath(roots: CategoryNode[], categoryId: string): CategoryNode[] {
  const walk = (nodes: CategoryNode[], trail: CategoryNode[]): CategoryNode[] | undefined => {
    for (const node of nodes) {
      const path = [...trail, node]
      if (node.categoryId === categoryId) {
        return path
      }
      const found = walk(node.children, path)
      if (found) {
        return found
      }
    }
    return undefined
  }
  return walk(roots, []) ?? []
}
