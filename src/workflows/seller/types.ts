import type { BusinessType, DeliveryWay, SaleState, TaxType } from "../../modules/seller/types"

export type SellerProfileInput = {
  name: string
  representative_name: string
  phone_number: string
  business_type: BusinessType
  business_registration_number: string
}

export type DeliveryPolicyInput = {
  forwarding_place: string
  delivery_jeju_mountain: boolean
  jeju_mountain_extra_cost: number
  courier_company: string
  delivery_way: DeliveryWay
  delivery_cost: number
  free_delivery_threshold?: number | null
  delivery_period: number
}

export type ReturnPolicyInput = {
  address: string
  return_delivery_cost: number
  exchange_delivery_cost: number
}

export type AgreementInput = { code: string; agreed: boolean }

/** The seller-side detail fields of an item (상품 상세 정보). */
export type SellerProductDetailInput = {
  item_label: string
  state: SaleState
  sell_start_date?: Date | null
  sell_end_date?: Date | null
  parallel_import: boolean
  minor_purchasable: boolean
  max_order?: number | null
  tax: TaxType
  material?: string | null
  color?: string | null
  size?: string | null
  maker?: string | null
  manufacturer_item_name?: string | null
  warning?: string | null
  quality_assurance?: string | null
  as_info: string
  detail_html?: string | null
  file_key?: string | null
  file_path?: string | null
  original_file_name?: string | null
  file_size?: number | null
}

export type SellerItemVariantInput = {
  title?: string
  sku?: string
  options: Record<string, string>
  price: number
  stock: number
}

export type SellerItemInput = SellerProductDetailInput & {
  title_name: string
  /** URL handle (ASCII); made from the title when not given. */
  handle?: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  images?: { url: string }[]
  category_ids: string[]
  options: { title: string; values: string[] }[]
  variants: SellerItemVariantInput[]
}

export type SellerItemVariantUpdate = { id: string; price?: number; stock?: number }

export type SellerItemUpdate = Partial<SellerProductDetailInput> & {
  title_name?: string
  /** A new URL handle; a title change alone keeps the handle. */
  handle?: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  category_ids?: string[]
  variants?: SellerItemVariantUpdate[]
}
