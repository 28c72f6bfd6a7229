import type { MedusaContainer } from "@medusajs/framework/types"
import { createApiKeysWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosInstance, AxiosResponse } from "axios"

export const PASSWORD = "gopang1234"

export type JoinBody = {
  user_email: string
  user_password: string
  user_name: string
  user_phonenumber: string
  user_zipcode: string
  user_address: string
  user_detail_address: string
  tos_codes: string[]
}

export function joinBody(email: string, overrides: Partial<JoinBody> = {}): JoinBody {
  return {
    user_email: email,
    user_password: PASSWORD,
    user_name: "김고팡",
    user_phonenumber: "01012345678",
    user_zipcode: "06236",
    user_address: "서울특별시 강남구 테헤란로 123",
    user_detail_address: "4층 401호",
    tos_codes: ["TERMS", "PRIVACY", "MARKETING"],
    ...overrides,
  }
}

/** Axios options that return every status instead of throwing, so refusals can be asserted. */
export function bearer(token?: string, headers: Record<string, string> = {}) {
  return {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    validateStatus: () => true,
  }
}

export const anyStatus = { validateStatus: () => true }

export async function join(api: AxiosInstance, body: JoinBody): Promise<AxiosResponse> {
  return await api.post("/api/v1/user/join", body, anyStatus)
}

export async function login(api: AxiosInstance, email: string, password = PASSWORD): Promise<string> {
  const response = await api.post("/api/v1/user/login", { user_email: email, user_password: password }, anyStatus)
  expect(response.status).toEqual(200)
  return response.data.data.access_token
}

export async function joinAndLogin(api: AxiosInstance, email: string, overrides: Partial<JoinBody> = {}) {
  const joined = await join(api, joinBody(email, overrides))
  expect(joined.status).toEqual(201)
  return { id: joined.data.data.user_id as string, token: await login(api, email, overrides.user_password) }
}

/** What Medusa's store routes need: a region (KRW) for orders and a publishable key. */
export async function storeBasics(container: MedusaContainer): Promise<{ regionId: string; publishableKey: string }> {
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "대한민국", currency_code: "krw", countries: ["kr"] }] },
  })
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "test storefront", type: "publishable", created_by: "" }] },
  })
  return { regionId: regions[0].id, publishableKey: keys[0].token }
}
