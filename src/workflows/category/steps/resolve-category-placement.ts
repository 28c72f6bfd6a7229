import type { ProductCategoryDTO } from "@medusajs/framework/types"
import { MedusaError, Modules, toHandle } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ResolveCategoryPlacementStepInput = {
  /** The category being moved, absent when creating one. */
  id?: string
  name?: string
  /** `undefined` keeps the current parent, `null` makes it a top category. */
  parentId?: string | null
  /** Optional; when given it must equal the depth derived from the parent (top = 0). */
  depth?: number
}

export type CategoryPlacement = {
  parent_category_id: string | null
  depth: number
  handle?: string
}

export const resolveCategoryPlacementStepId = "resolve-category-placement"

type CategoryNode = Pick<ProductCategoryDTO, "id" | "handle" | "parent_category_id">

function depthOf(id: string, byId: Map<string, CategoryNode>): number {
  let depth = 0
  for (let node = byId.get(id); node?.parent_category_id; node = byId.get(node.parent_category_id)) {
    depth++
  }
  return depth
}

/**
 * Checks where a category goes (the parent exists, is not the category itself or one of its
 * descendants, and the caller's depth agrees) and derives its depth and, for a new category, a
 * handle unique across the tree. Reads only, so it needs no compensation.
 */
export const resolveCategoryPlacementStep = createStep(
  resolveCategoryPlacementStepId,
  async (input: ResolveCategoryPlacementStepInput, { container }) => {
    const productModule = container.resolve(Modules.PRODUCT)
    const all: CategoryNode[] = await productModule.listProductCategories(
      {},
      { select: ["id", "handle", "parent_category_id"], take: null }
    )
    const byId = new Map(all.map((category) => [category.id, category]))

    const current = input.id ? byId.get(input.id) : undefined
    if (input.id && !current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `카테고리 ${input.id}을(를) 찾을 수 없습니다.`)
    }

    const parentId = input.parentId === undefined ? current?.parent_category_id ?? null : input.parentId
    if (parentId !== null) {
      if (!byId.has(parentId)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `parentId: 상위 카테고리 ${parentId}이(가) 없습니다.`)
      }
      if (input.id) {
        for (let node = byId.get(parentId); node; node = node.parent_category_id ? byId.get(node.parent_category_id) : undefined) {
          if (node.id === input.id) {
            throw new MedusaError(
              MedusaError.Types.INVALID_DATA,
              "parentId: 카테고리를 자기 자신이나 하위 카테고리 아래로 옮길 수 없습니다."
            )
          }
        }
      }
    }

    const depth = parentId === null ? 0 : depthOf(parentId, byId) + 1
    if (input.depth !== undefined && input.depth !== depth) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `depth: 상위 카테고리 기준 깊이는 ${depth}입니다 (요청 ${input.depth}).`
      )
    }

    const placement: CategoryPlacement = { parent_category_id: parentId, depth }
    if (!input.id && input.name) {
      const taken = new Set(all.map((category) => category.handle))
      const parentHandle = parentId ? byId.get(parentId)!.handle : ""
      const base = toHandle([parentHandle, input.name].filter(Boolean).join("-"))
      let handle = base
      for (let n = 2; taken.has(handle); n++) {
        handle = `${base}-${n}`
      }
      placement.handle = handle
    }
    return new StepResponse(placement)
  }
)
