import { Module } from "@medusajs/framework/utils"
import AuthGuardModuleService from "./service"

export const AUTH_GUARD_MODULE = "authGuard"

export default Module(AUTH_GUARD_MODULE, {
  service: AuthGuardModuleService,
})

export { TooManyRequestsError, TOO_MANY_REQUESTS } from "./errors"
export { nextWholeSecond } from "./service"
export type { default as AuthGuardModuleService, LoginKeys } from "./service"
