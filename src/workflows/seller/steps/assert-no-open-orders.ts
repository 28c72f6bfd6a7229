import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import SellerOrderLink from "../../../links/seller-order"

/** Order statuses after which a seller has nothing left to do for the order. */
const FINISHED_ORDER_STATUSES = ["completed", "canceled", "archived"]

export const assertNoOpenOrdersStepId = "assert-no-open-orders"

/** Refuses (409) to close a shop that still has orders to fulfil, read over the seller-order link. */
export const assertNoOpenOrdersStep = createStep(
  assertNoOpenOrdersStepId,
  async (input: { seller_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: SellerOrderLink.entryPoint,
      fields: ["order_id", "order.status"],
      filters: { seller_id: input.seller_id },
    })
    const open = data.filter((row) => row.order && !FINISHED_ORDER_STATUSES.includes(String(row.order.status)))
    if (open.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `처리 중인 주문이 ${open.length}건 있어 탈퇴할 수 없습니다. 주문을 모두 처리한 뒤 다시 시도해 주세요.`
      )
    }
    return new StepResponse(true)
  }
)
