import { MedusaService } from "@medusajs/framework/utils"
import AftersalesRequest from "./models/aftersales-request"
import AftersalesRequestEvent from "./models/aftersales-request-event"
import AftersalesRequestItem from "./models/aftersales-request-item"
import { type AftersalesModuleOptions, type AftersalesWindows, DEFAULT_WINDOWS } from "./types"

/** Positive whole days, else the default. */
function days(value: unknown, fallback: number): number {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

/**
 * Return and exchange requests (반품/교환), their items and state history. Rules that need
 * orders, payments or sellers live in src/workflows/aftersales.
 */
export default class AftersalesModuleService extends MedusaService({
  AftersalesRequest,
  AftersalesRequestItem,
  AftersalesRequestEvent,
}) {
  protected readonly windows_: AftersalesWindows

  constructor(container: Record<string, unknown>, options: AftersalesModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.windows_ = {
      change_of_mind_days: days(options.change_of_mind_days, DEFAULT_WINDOWS.change_of_mind_days),
      defect_days: days(options.defect_days, DEFAULT_WINDOWS.defect_days),
    }
  }

  /** The request windows in days after delivery (module options, see aftersalesOptionsFromEnv). */
  requestWindows(): AftersalesWindows {
    return { ...this.windows_ }
  }
}
