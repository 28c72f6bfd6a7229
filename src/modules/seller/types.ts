/**
 * Closed sets of the seller domain. Values are ASCII (stable in the database and the API); the
 * Korean labels from the Gopang plan are what shoppers and sellers see.
 */

export const SellerStatus = {
  PENDING: "pending",
  ACTIVE: "active",
  SUSPENDED: "suspended",
  CLOSED: "closed",
} as const
export type SellerStatus = (typeof SellerStatus)[keyof typeof SellerStatus]

export const SELLER_STATUS_LABELS: Record<SellerStatus, string> = {
  pending: "승인 대기",
  active: "정상",
  suspended: "정지",
  closed: "탈퇴",
}

/** Allowed status changes: pending → active ↔ suspended, and any open shop → closed. */
export const SELLER_STATUS_TRANSITIONS: Record<SellerStatus, SellerStatus[]> = {
  pending: ["active", "closed"],
  active: ["suspended", "closed"],
  suspended: ["active", "closed"],
  closed: [],
}

export const BusinessType = {
  BRAND_OWNER: "brand_owner",
  CONSIGNMENT: "consignment",
  WHOLESALE_PURCHASE: "wholesale_purchase",
  OVERSEAS_DIRECT: "overseas_direct",
} as const
export type BusinessType = (typeof BusinessType)[keyof typeof BusinessType]

export const BUSINESS_TYPE_LABELS: Record<BusinessType, string> = {
  brand_owner: "브랜드 오너/제조사",
  consignment: "위탁판매",
  wholesale_purchase: "매입판매",
  overseas_direct: "해외직구/병행수입",
}

export const DeliveryWay = {
  STANDARD: "standard",
  FRESH: "fresh",
  MADE_TO_ORDER: "made_to_order",
  PURCHASE_AGENCY: "purchase_agency",
  INSTALLATION_OR_DIRECT: "installation_or_direct",
} as const
export type DeliveryWay = (typeof DeliveryWay)[keyof typeof DeliveryWay]

export const DELIVERY_WAY_LABELS: Record<DeliveryWay, string> = {
  standard: "일반배송",
  fresh: "신선배송",
  made_to_order: "주문제작",
  purchase_agency: "구매대행",
  installation_or_direct: "설치배송/판매자 직접전달",
}

export const SaleState = {
  ON_SALE: "on_sale",
  SOLD_OUT: "sold_out",
  STOPPED: "stopped",
} as const
export type SaleState = (typeof SaleState)[keyof typeof SaleState]

export const SALE_STATE_LABELS: Record<SaleState, string> = {
  on_sale: "판매중",
  sold_out: "품절",
  stopped: "판매중지",
}

export const TaxType = {
  TAXABLE: "taxable",
  TAX_FREE: "tax_free",
} as const
export type TaxType = (typeof TaxType)[keyof typeof TaxType]

export const TAX_TYPE_LABELS: Record<TaxType, string> = {
  taxable: "과세",
  tax_free: "면세",
}
