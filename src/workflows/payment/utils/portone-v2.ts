import { MedusaError } from "@medusajs/framework/utils"
import { PortOneV2Client, portOneOptionsFromEnv } from "../../../modules/portone"

export type PortOneV2Access = { client: PortOneV2Client; storeId?: string; channelKey?: string }

/**
 * PortOne V2 for the steps that act on a browser payment outside a Medusa payment session
 * (issuing its id, voiding it when the order fails): the same settings the provider is
 * registered with in medusa-config.ts.
 */
export function portOneV2(): PortOneV2Access {
  const options = portOneOptionsFromEnv()
  if (!options?.v2) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "브라우저 결제(포트원 V2)가 설정되지 않았습니다")
  }
  return {
    client: new PortOneV2Client({ ...options.v2, timeoutMs: options.timeoutMs }),
    storeId: options.v2.storeId,
    channelKey: options.v2.channelKey,
  }
}
