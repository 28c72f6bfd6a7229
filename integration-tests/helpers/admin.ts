import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Api = { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> }

/** Creates an operator (Medusa admin user) and returns `Authorization` headers for it. */
export async function createAdmin(
  container: MedusaContainer,
  api: Api,
  email = `operator-${Date.now()}@gopang.test`,
  password = "operator-password-1"
): Promise<{ authorization: string }> {
  const { authIdentity } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email, password } })
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email, first_name: "고팡", last_name: "운영" } },
  })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { authorization: `Bearer ${data.token}` }
}
