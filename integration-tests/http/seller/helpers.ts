/** A complete `POST /api/v1/seller/join` body (a valid 사업자등록번호 is the caller's), for the seller specs. */
export function sellerJoinBody(
  email: string,
  password: string,
  businessNumber: string,
  overrides: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    email,
    password,
    name: "테스트상점",
    representative_name: "홍길동",
    phone_number: "010-1234-5678",
    business_type: "brand_owner",
    business_registration_number: businessNumber,
    delivery_policy: {
      forwarding_place: "서울특별시 중구 세종대로 110",
      delivery_jeju_mountain: true,
      jeju_mountain_extra_cost: 3000,
      courier_company: "CJ대한통운",
      delivery_way: "standard",
      delivery_cost: 3000,
      free_delivery_threshold: 30000,
      delivery_period: 2,
    },
    return_policy: { address: "서울특별시 중구 세종대로 110", return_delivery_cost: 3000, exchange_delivery_cost: 6000 },
    agreements: [
      { code: "SELLER", agreed: true },
      { code: "PRIVACY", agreed: true },
    ],
    ...overrides,
  }
}
