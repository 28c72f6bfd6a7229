import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PortOneProviderService } from "./service"

/** Registered as `pp_portone_<id>`; Gopang uses id `portone`, hence `pp_portone_portone`. */
export const PORTONE_PROVIDER_ID = "pp_portone_portone"

export default ModuleProvider(Modules.PAYMENT, {
  services: [PortOneProviderService],
})

export { PORTONE_DEFAULT_V2_URL, portOneOptionsFromEnv, type PortOneOptions } from "./options"
export { PortOneV2Client, PortOneV2Refusal } from "./lib/v2-client"
export { cancellableBalance } from "./lib/amounts"
export { PortOneV1Client } from "./lib/v1-client"
export { portOneIdForSession } from "./lib/ids"
