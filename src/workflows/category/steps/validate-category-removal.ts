import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateCategoryRemovalStepInput = { id: string; cascade: boolean }

export type CategoryRemovalPlan = {
  id: string
  parentId: string | null
  productIds: string[]
  childIds: string[]
}

export const validateCategoryRemovalStepId = "validate-category-removal"

/**
 * A category with children or products is kept unless the caller asks to cascade: then its
 * products and child categories move up to its parent. A top category has no parent to take its
 * products, so it is refused with products even when cascading.
 */
export const validateCategoryRemovalStep = createStep(
  validateCategoryRemovalStepId,
  async ({ id, cascade }: ValidateCategoryRemovalStepInput, { container }) => {
    const productModule = container.resolve(Modules.PRODUCT)
    const [category] = await productModule.listProductCategories(
      { id },
      { select: ["id", "parent_category_id"], relations: ["products", "category_children"] }
    )
    if (!category) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `카테고리 ${id}을(를) 찾을 수 없습니다.`)
    }
    const productIds = (category.products ?? []).map((product) => product.id)
    const childIds = (category.category_children ?? []).map((child) => child.id)

    if (!cascade && (productIds.length || childIds.length)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `하위 카테고리 ${childIds.length}개, 상품 ${productIds.length}개가 있어 삭제할 수 없습니다. cascade=true로 상위 카테고리로 옮긴 뒤 삭제할 수 있습니다.`
      )
    }
    if (cascade && productIds.length && !category.parent_category_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `최상위 카테고리의 상품 ${productIds.length}개는 옮길 곳이 없어 삭제할 수 없습니다.`
      )
    }
    const plan: CategoryRemovalPlan = {
      id,
      parentId: category.parent_category_id,
      productIds,
      childIds,
    }
    return new StepResponse(plan)
  }
)
