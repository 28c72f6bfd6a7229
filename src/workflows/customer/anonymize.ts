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
