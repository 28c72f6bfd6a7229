import { Module } from "@medusajs/framework/utils"
import TermsModuleService from "./service"

export const TERMS_MODULE = "terms"

export default Module(TERMS_MODULE, {
  service: TermsModuleService,
})

export { TermAudience, TermKind } from "./models/term"
export { ConsentActorType } from "./models/term-consent"
export { audiencesFor } from "./service"
export type { default as TermsModuleService } from "./service"
export type * from "./types"
