import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import type {
  CustomerAddressDTO,
  CustomerDTO,
  IAuthModuleService,
  ICustomerModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { ConsentActorType, TERMS_MODULE, type TermConsentDTO, type TermDTO, type TermsModuleService } from "../../../../modules/terms"
import { EMAILPASS } from "../../../../workflows/customer/steps/register-customer-identity"
import { guardedLogin, loginKeys } from "../../../utils/login-guard"
import { ValidationError } from "../../../utils/validate"

export const WRONG_CREDENTIALS = "이메일 또는 비밀번호가 올바르지 않습니다."


export function requestMeta(req: MedusaRequest): { ip: string | null; user_agent: string | null } {
  return { ip: req.ip ?? null, user_agent: req.get("user-agent")?.slice(0, 500) ?? null }
}

/** The bearer token the request was authenticated with (the `/api/v1/user` routes accept bearer only). */
export function bearerToken(req: MedusaRequest): string {
  const header = req.headers.authorization ?? ""
  if (!header.toLowerCase().startsWith("bearer ")) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "로그인이 필요합니다.")
  }
  return header.slice(7).trim()
}

/**
 * The caller's customer. A token whose customer was deleted (secession from another device)
 * answers 401 like any other invalid login.
 */
export async function currentCustomer(req: AuthenticatedMedusaRequest<unknown>): Promise<CustomerDTO> {
  const customers = req.scope.resolve<ICustomerModuleService>(Modules.CUSTOMER)
  const [customer] = await customers.listCustomers({ id: req.auth_context.actor_id }, { relations: ["addresses"] })
  if (!customer) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "회원 정보를 찾을 수 없습니다. 다시 로그인해 주세요.")
  }
  return customer
}

/** The e-mail the caller signs in with (the emailpass entity id of the token's auth identity). */
export async function loginEmail(req: AuthenticatedMedusaRequest<unknown>): Promise<string> {
  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({
    auth_identity_id: req.auth_context.auth_identity_id,
    provider: EMAILPASS,
  })
  if (!identity) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "이메일로 가입한 계정만 사용할 수 있는 기능입니다.")
  }
  return identity.entity_id
}

/**
 * Confirms the caller's password before a sensitive change. Failures count towards the same
 * brute-force limit as logins, so a stolen token cannot be used to guess the password.
 */
export async function confirmPassword(
  scope: MedusaContainer,
  email: string,
  password: string,
  field: string
): Promise<void> {
  const auth = scope.resolve<IAuthModuleService>(Modules.AUTH)
  const succeeded = await guardedLogin(scope, loginKeys("customer", email), async () => {
    const { success } = await auth.authenticate(EMAILPASS, { body: { email, password } })
    return { succeeded: success, value: success }
  })
  if (!succeeded) {
    throw new ValidationError(`${field}: 비밀번호가 일치하지 않습니다.`, [field])
  }
}

export type UserProfile = {
  user_id: string
  user_email: string
  user_name: string | null
  user_phonenumber: string | null
  user_zipcode: string | null
  user_address: string | null
  user_detail_address: string | null
  created_at: Date | string
}

export function toUserProfile(customer: CustomerDTO): UserProfile {
  const addresses: CustomerAddressDTO[] = customer.addresses ?? []
  const address = addresses.find((candidate) => candidate.is_default_shipping) ?? addresses[0]
  return {
    user_id: customer.id,
    user_email: customer.email,
    user_name: customer.first_name ?? null,
    user_phonenumber: customer.phone ?? null,
    user_zipcode: address?.postal_code ?? null,
    user_address: address?.address_1 ?? null,
    user_detail_address: address?.address_2 ?? null,
    created_at: customer.created_at,
  }
}

export type UserConsent = {
  tos_code: string
  tos_version: number
  agree_whether: boolean
  agree_date: Date
  withdrawn_at: Date | null
}

export function toUserConsent(consent: TermConsentDTO): UserConsent {
  return {
    tos_code: consent.term_code,
    tos_version: consent.term_version,
    agree_whether: consent.agreed,
    agree_date: consent.decided_at,
    withdrawn_at: consent.withdrawn_at ?? null,
  }
}

export type PendingTerm = { tos_code: string; tos_version: number; tos_name: string; tos_essential: boolean; effective_at: Date }

export function toPendingTerm(term: TermDTO): PendingTerm {
  return {
    tos_code: term.code,
    tos_version: term.version,
    tos_name: term.title,
    tos_essential: term.required,
    effective_at: term.effective_at,
  }
}

export type MeResponse = UserProfile & { consents: UserConsent[]; pending_terms: PendingTerm[] }

/** The caller's profile, their latest answer per term, and required terms still to agree to. */
export async function loadMe(req: AuthenticatedMedusaRequest<unknown>): Promise<MeResponse> {
  const customer = await currentCustomer(req)
  const terms = req.scope.resolve<TermsModuleService>(TERMS_MODULE)
  const [consents, pending] = await Promise.all([
    terms.latestConsents(ConsentActorType.CUSTOMER, customer.id),
    terms.pendingRequiredTerms(ConsentActorType.CUSTOMER, customer.id),
  ])
  return {
    ...toUserProfile(customer),
    consents: consents.map(toUserConsent),
    pending_terms: pending.map(toPendingTerm),
  }
}
