import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type AssertItemHandleAvailableStepInput = {
  /** The handle a seller asked for; nothing to check when undefined. */
  handle?: string
  /** The item being edited, which may keep its own handle. */
  product_id?: string
}

export const assertItemHandleAvailableStepId = "assert-item-handle-available"

/**
 * A handle a seller chose must not be another live product's: Medusa's unique index (which
 * ignores deleted products) would refuse it with an English database message. Reads only.
 */
export const assertItemHandleAvailableStep = createStep(
  assertItemHandleAvailableStepId,
  async (input: AssertItemHandleAvailableStepInput, { container }) => {
    if (!input.handle) {
      return new StepResponse(true)
    }
    const [taken] = await container
      .resolve(Modules.PRODUCT)
      .listProducts({ handle: input.handle }, { select: ["id"] })
    if (taken && taken.id !== input.product_id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `상품 주소(handle) '${input.handle}'는 이미 사용 중입니다.`)
    }
    return new StepResponse(true)
  }
)
