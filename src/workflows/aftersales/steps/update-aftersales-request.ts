import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_MODULE, type AftersalesModuleService } from "../../../modules/aftersales"
import type { AftersalesRequestPatch } from "./transition-aftersales-request"

export type UpdateAftersalesRequestStepInput = { id: string; patch: AftersalesRequestPatch }

export const updateAftersalesRequestStepId = "update-aftersales-request"

/** Sets fields of a request without changing its state; compensation restores them. */
export const updateAftersalesRequestStep = createStep(
  updateAftersalesRequestStepId,
  async (input: UpdateAftersalesRequestStepInput, { container }) => {
    const service = container.resolve<AftersalesModuleService>(AFTERSALES_MODULE)
    const request = await service.retrieveAftersalesRequest(input.id)
    const previous: AftersalesRequestPatch = {}
    for (const key of Object.keys(input.patch) as (keyof AftersalesRequestPatch)[]) {
      ;(previous as Record<string, unknown>)[key] = (request as Record<string, unknown>)[key] ?? null
    }
    await service.updateAftersalesRequests({ id: input.id, ...input.patch })
    return new StepResponse({ id: input.id }, { id: input.id, patch: previous })
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const service = container.resolve<AftersalesModuleService>(AFTERSALES_MODULE)
    await service.updateAftersalesRequests({ id: snapshot.id, ...snapshot.patch })
  }
)
