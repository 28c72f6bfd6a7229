import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_MODULE, type AftersalesModuleService, AftersalesActorType, AftersalesState } from "../../../modules/aftersales"
import type { PreparedAftersalesRequest } from "./validate-aftersales-request"

export const createAftersalesRequestStepId = "create-aftersales-request"

/** Inserts the request, its items and the first history entry; compensation deletes them all. */
export const createAftersalesRequestStep = createStep(
  createAftersalesRequestStepId,
  async (input: PreparedAftersalesRequest, { container }) => {
    const service = container.resolve<AftersalesModuleService>(AFTERSALES_MODULE)
    const { items, ...fields } = input
    const request = await service.createAftersalesRequests({ ...fields, state: AftersalesState.REQUESTED })
    await service.createAftersalesRequestItems(items.map((item) => ({ ...item, request_id: request.id })))
    await service.createAftersalesRequestEvents({
      request_id: request.id,
      from_state: null,
      to_state: AftersalesState.REQUESTED,
      actor_type: AftersalesActorType.CUSTOMER,
      actor_id: input.customer_id,
      note: input.comment,
    })
    return new StepResponse({ id: request.id }, request.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    // Items and history cascade with the request.
    await container.resolve<AftersalesModuleService>(AFTERSALES_MODULE).deleteAftersalesRequests(id)
  }
)
