/** What a seceded customer's personal data is replaced with, wherever it is kept. */
export const ANONYMIZED_NAME = "탈퇴회원"

export function anonymizedEmail(customerId: string): string {
  return `withdrawn+${customerId}@gopang.invalid`
}

/** Personal fields of an address; region-level fields (postal code, city) stay on orders for records. */
export const ANONYMIZED_ADDRESS = {
  first_name: ANONYMIZED_NAME,
  last_name: null,
  company: null,
  phone: null,
  address_1: null,
  address_2: null,
} as const

/** The personal fields of a customer or order address, for a snapshot to restore on compensation. */
export type PersonalAddressFields = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
}

export function personalAddressFields<T extends PersonalAddressFields>(address: T): PersonalAddressFields {
  const { first_name, last_name, company, phone, address_1, address_2 } = address
  return { first_name, last_name, company, phone, address_1, address_2 }
}
