import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  AFTERSALES_MODULE,
  type AftersalesModuleService,
  AftersalesState,
  STATE_LABELS,
  TRANSITIONS,
} from "../../../modules/aftersales"
import type { AftersalesActor } from "../types"

/** Fields a transition may set along with the state. */
export type AftersalesRequestPatch = {
  pickup_date?: Date | null
  approved_at?: Date | null
  received_at?: Date | null
  completed_at?: Date | null
  cancelled_at?: Date | null
  rejection_reason?: string | null
  inspection_note?: string | null
  refund_id?: string | null
  refunded_at?: Date | null
  fulfillment_id?: string | null
  courier?: string | null
  tracking_number?: string | null
  last_error?: string | null
  last_error_at?: Date | null
  return_id?: string | null
  exchange_id?: string | null
}

export type TransitionAftersalesRequestStepInput = {
  id: string
  /** One or more states to pass through in order (approve: approved, then pickup_scheduled). */
  to: AftersalesState[]
  actor: AftersalesActor
  note?: string | null
  patch?: AftersalesRequestPatch
}

type Snapshot = { id: string; state: AftersalesState; patch: AftersalesRequestPatch; eventIds: string[] }

export const transitionAftersalesRequestStepId = "transition-aftersales-request"

/**
 * Moves a request through the allowed states and appends one history entry per state.
 * A move the state machine does not allow is a 409 naming the current state.
 * Compensation puts the state and the patched fields back and deletes the entries.
 */
export const transitionAftersalesRequestStep = createStep(
  transitionAftersalesRequestStepId,
  async (input: TransitionAftersalesRequestStepInput, { container }) => {
    const service = container.resolve<AftersalesModuleService>(AFTERSALES_MODULE)
    const request = await service.retrieveAftersalesRequest(input.id)
    let current = request.state as AftersalesState
    for (const next of input.to) {
      if (!TRANSITIONS[current].includes(next)) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `${STATE_LABELS[current]} 상태의 요청은 ${STATE_LABELS[next]} 처리할 수 없습니다.`
        )
      }
      current = next
    }
    const patch = input.patch ?? {}
    const previous: AftersalesRequestPatch = {}
    for (const key of Object.keys(patch) as (keyof AftersalesRequestPatch)[]) {
      ;(previous as Record<string, unknown>)[key] = (request as Record<string, unknown>)[key] ?? null
    }
    await service.updateAftersalesRequests({ id: request.id, state: current, ...patch })
    let from = request.state as AftersalesState
    const events = await service.createAftersalesRequestEvents(
      input.to.map((to) => {
        const event = {
          request_id: request.id,
          from_state: from,
          to_state: to,
          actor_type: input.actor.type,
          actor_id: input.actor.id,
          note: input.note ?? null,
        }
        from = to
        return event
      })
    )
    const snapshot: Snapshot = { id: request.id, state: request.state as AftersalesState, patch: previous, eventIds: events.map((e) => e.id) }
    return new StepResponse({ id: request.id, state: current }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const service = container.resolve<AftersalesModuleService>(AFTERSALES_MODULE)
    await service.deleteAftersalesRequestEvents(snapshot.eventIds)
    await service.updateAftersalesRequests({ id: snapshot.id, state: snapshot.state, ...snapshot.patch })
  }
)
