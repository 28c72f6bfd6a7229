import type { MedusaContainer } from "@medusajs/framework/types"
import { AUTH_GUARD_MODULE } from "../modules/auth-guard"
import type AuthGuardModuleService from "../modules/auth-guard/service"

/** Revocations outlive their token by nothing, and failed logins their window by a day. */
export default async function purgeAuthGuard(container: MedusaContainer) {
  const authGuard = container.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
  await authGuard.purgeExpired()
}

export const config = {
  name: "purge-auth-guard",
  schedule: "17 * * * *",
}
