import { Module } from "@medusajs/framework/utils"
import AftersalesModuleService from "./service"

export const AFTERSALES_MODULE = "aftersales"

export default Module(AFTERSALES_MODULE, {
  service: AftersalesModuleService,
})

export type { default as AftersalesModuleService } from "./service"
export * from "./types"
export { aftersalesOptionsFromEnv } from "./options"
