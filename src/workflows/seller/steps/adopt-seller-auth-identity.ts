import type { IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type AdoptSellerAuthIdentityStepInput = {
  auth_identity_id: string
  /** True when this join registered the identity (false: an existing customer's identity). */
  created: boolean
}

export const adoptSellerAuthIdentityStepId = "adopt-seller-auth-identity"

/**
 * The route registers (or verifies) the e-mail/password identity before the workflow runs, so a
 * password never enters workflow storage. This step makes the workflow own that identity: if
 * a later step fails, an identity that the join itself created is deleted again; a customer's
 * existing identity is left alone.
 */
export const adoptSellerAuthIdentityStep = createStep(
  adoptSellerAuthIdentityStepId,
  async (input: AdoptSellerAuthIdentityStepInput) => new StepResponse(input.auth_identity_id, input),
  async (input, { container }) => {
    if (!input?.created) {
      return
    }
    const authModule = container.resolve<IAuthModuleService>(Modules.AUTH)
    await authModule.deleteAuthIdentities([input.auth_identity_id])
  }
)
