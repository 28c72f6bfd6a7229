import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUTH_GUARD_MODULE, type AuthGuardModuleService } from "../../../../modules/auth-guard"
import { loginKeys } from "./helpers"

/**
 * The same brute-force limit on Medusa's own customer login (`POST /auth/customer/emailpass`),
 * which would otherwise be a way around the limit of `/api/v1/user/login`. The outcome is read
 * from the status Medusa's handler (or error handler) answers with.
 */
export async function throttleCustomerEmailpassLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { email?: unknown }
  const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : ""
  const keys = loginKeys(email, req.ip)
  const authGuard = req.scope.resolve<AuthGuardModuleService>(AUTH_GUARD_MODULE)
  try {
    await authGuard.assertLoginAllowed([keys.email, keys.ip])
  } catch (error) {
    return next(error)
  }
  // Record the outcome before the answer leaves, so the next attempt already sees it.
  const json = res.json.bind(res)
  res.json = ((payload: unknown) => {
    const outcome =
      res.statusCode === 401
        ? authGuard.recordLoginFailure([keys.email, keys.ip])
        : res.statusCode === 200
          ? authGuard.clearLoginFailures([keys.email])
          : Promise.resolve()
    outcome
      .catch((error: Error) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(error))
      .finally(() => json(payload))
    return res
  }) as MedusaResponse["json"]
  next()
}
