import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const EMAILPASS = "emailpass"

export type RegisterCustomerIdentityStepInput = { email: string; password: string }

type RegisteredIdentity = { auth_identity_id: string; created: boolean }

export const registerCustomerIdentityStepId = "register-customer-identity"

const DUPLICATE_EMAIL = "이미 가입된 이메일입니다."

/**
 * The emailpass auth identity a new customer signs in with. An identity that already exists for
 * another actor type (a seller with the same e-mail) is reused when the password matches, as
 * Medusa's own register route does; one that already has a customer is a 409. Compensation
 * deletes the identity only when this step created it.
 */
export const registerCustomerIdentityStep = createStep(
  registerCustomerIdentityStepId,
  async (input: RegisterCustomerIdentityStepInput, { container }) => {
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const [existing] = await auth.listProviderIdentities(
      { entity_id: input.email, provider: EMAILPASS },
      { relations: ["auth_identity"] }
    )
    if (existing) {
      const appMetadata = existing.auth_identity?.app_metadata ?? {}
      if (appMetadata.customer_id) {
        throw new MedusaError(MedusaError.Types.CONFLICT, DUPLICATE_EMAIL)
      }
      const { success, authIdentity } = await auth.authenticate(EMAILPASS, {
        body: { email: input.email, password: input.password },
      })
      if (!success || !authIdentity) {
        throw new MedusaError(MedusaError.Types.CONFLICT, DUPLICATE_EMAIL)
      }
      return new StepResponse<RegisteredIdentity, string | null>({ auth_identity_id: authIdentity.id, created: false }, null)
    }

    const { success, authIdentity, error } = await auth.register(EMAILPASS, {
      body: { email: input.email, password: input.password },
    })
    if (!success || !authIdentity) {
      // A concurrent join with the same e-mail lost the race on the unique entity_id.
      throw new MedusaError(MedusaError.Types.CONFLICT, error ? DUPLICATE_EMAIL : "가입을 처리하지 못했습니다.")
    }
    return new StepResponse<RegisteredIdentity, string | null>({ auth_identity_id: authIdentity.id, created: true }, authIdentity.id)
  },
  async (createdIdentityId, { container }) => {
    if (!createdIdentityId) {
      return
    }
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    await auth.deleteAuthIdentities([createdIdentityId])
  }
)
