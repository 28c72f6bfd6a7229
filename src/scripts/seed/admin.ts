import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

export const DEFAULT_ADMIN_EMAIL = "admin@gopang.local"

/**
 * The operator account for the dashboard. Its password only ever comes from the environment
 * (`npm start` generates one and keeps it in .data/secrets.json); without it no admin is made.
 */
export async function seedAdmin(container: MedusaContainer): Promise<string | undefined> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)

  const email = process.env.GOPANG_ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL
  const password = process.env.GOPANG_ADMIN_PASSWORD
  const [existing] = await userModule.listUsers({ email })
  if (existing) {
    return existing.id
  }
  if (!password) {
    logger.warn("seed: GOPANG_ADMIN_PASSWORD is not set, so no admin user was created")
    return undefined
  }

  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email, password },
  })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `seed: admin identity not created: ${error}`)
  }
  const { result: user } = await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email, first_name: "고팡", last_name: "운영자" },
    },
  })
  logger.info(`seed: admin user ${email} created`)
  return user.id
}
