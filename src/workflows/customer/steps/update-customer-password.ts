import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAILPASS } from "./register-customer-identity"

export type UpdateCustomerPasswordStepInput = { email: string; password: string }

export const updateCustomerPasswordStepId = "update-customer-password"

/**
 * Sets a new emailpass password through the auth provider (which hashes it). Compensation puts
 * the previous provider metadata (the old hash) back.
 */
export const updateCustomerPasswordStep = createStep(
  updateCustomerPasswordStepId,
  async (input: UpdateCustomerPasswordStepInput, { container }) => {
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const [identity] = await auth.listProviderIdentities({ entity_id: input.email, provider: EMAILPASS })
    if (!identity) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "로그인 정보를 찾을 수 없습니다.")
    }
    const { success } = await auth.updateProvider(EMAILPASS, { entity_id: input.email, password: input.password })
    if (!success) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "비밀번호를 변경하지 못했습니다.")
    }
    return new StepResponse(undefined, { id: identity.id, provider_metadata: identity.provider_metadata ?? {} })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    await auth.updateProviderIdentities([previous])
  }
)
