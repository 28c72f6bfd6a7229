import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AuthIdentityDTO, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import { guardedLogin, loginKeys } from "../../../utils/login-guard"
import { SELLER_MODULE, type SellerModuleService } from "../../../../modules/seller"
import { SellerStatus } from "../../../../modules/seller/types"

export const SELLER_ACTOR = "seller"

/**
 * Checks an e-mail/password pair against Medusa's emailpass provider under the login limits
 * (src/api/utils/login-guard.ts): too many attempts → 429, a wrong pair → 401.
 */
export async function verifyEmailPassword(
  req: MedusaRequest,
  email: string,
  password: string
): Promise<AuthIdentityDTO> {
  const authModule = req.scope.resolve(Modules.AUTH)
  const authIdentity = await guardedLogin(req.scope, loginKeys(SELLER_ACTOR, email, req), async () => {
    const { success, authIdentity } = await authModule.authenticate("emailpass", { body: { email, password } })
    return { succeeded: success && !!authIdentity, value: success ? authIdentity : undefined }
  })
  if (!authIdentity) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "이메일 또는 비밀번호가 올바르지 않습니다.")
  }
  return authIdentity
}

/**
 * The emailpass identity a joining seller will use. Medusa keeps one identity per e-mail for
 * every actor type (medusajs/medusa#10607, #12521), so a customer who becomes a seller reuses
 * theirs after proving the password; otherwise a new identity is registered.
 */
export async function resolveJoiningIdentity(
  req: MedusaRequest,
  email: string,
  password: string
): Promise<{ authIdentityId: string; created: boolean }> {
  const authModule = req.scope.resolve(Modules.AUTH)
  const [existing] = await authModule.listProviderIdentities(
    { entity_id: email, provider: "emailpass" },
    { select: ["id"] }
  )
  if (existing) {
    const authIdentity = await verifyEmailPassword(req, email, password)
    if (authIdentity.app_metadata?.[`${SELLER_ACTOR}_id`]) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "이미 판매자로 가입된 이메일입니다.")
    }
    return { authIdentityId: authIdentity.id, created: false }
  }
  const { success, authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "계정을 만들 수 없습니다.")
  }
  return { authIdentityId: authIdentity.id, created: true }
}

/** A `seller` JWT for an identity that already carries app_metadata.seller_id. */
export async function issueSellerToken(scope: MedusaContainer, authIdentityId: string) {
  const authModule = scope.resolve(Modules.AUTH)
  const authIdentity = await authModule.retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  return generateJwtTokenWithChecks(scope, { authIdentity, actorType: SELLER_ACTOR, authProvider: "emailpass" })
}

export function bearerToken(req: MedusaRequest): string {
  return (req.headers.authorization ?? "").replace(/^bearer\s+/i, "").trim()
}

export async function retrieveSellerOrThrow(scope: MedusaContainer, sellerId: string) {
  const sellerModule = scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [seller] = await sellerModule.listSellers(
    { id: sellerId },
    { relations: ["delivery_policy", "return_policy"] }
  )
  if (!seller) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "판매자 인증 정보가 올바르지 않습니다.")
  }
  return seller
}

/**
 * Lets a seller's request through only in the given statuses: a pending seller can log in and
 * edit its profile, but its item routes answer 403 until an operator approves it.
 */
export function requireSellerStatus(allowed: SellerStatus[]) {
  return async (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const seller = await retrieveSellerOrThrow(req.scope, req.auth_context.actor_id)
    if (seller.status === SellerStatus.CLOSED) {
      return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "탈퇴한 판매자 계정입니다."))
    }
    if (!allowed.includes(seller.status)) {
      return next(
        new MedusaError(
          MedusaError.Types.FORBIDDEN,
          seller.status === SellerStatus.PENDING
            ? "판매자 승인 대기 중입니다. 운영자 승인 후 이용할 수 있습니다."
            : "정지된 판매자는 이 기능을 이용할 수 없습니다."
        )
      )
    }
    next()
  }
}
