import { won, wonOrNull } from "../../../utils/money"
import type { InferTypeOf } from "@medusajs/framework/types"
import type Seller from "../../../../modules/seller/models/seller"
import type SellerDeliveryPolicy from "../../../../modules/seller/models/seller-delivery-policy"
import type SellerProductDetail from "../../../../modules/seller/models/seller-product-detail"
import type SellerReturnPolicy from "../../../../modules/seller/models/seller-return-policy"
import {
  BUSINESS_TYPE_LABELS,
  DELIVERY_WAY_LABELS,
  SALE_STATE_LABELS,
  SELLER_STATUS_LABELS,
  TAX_TYPE_LABELS,
} from "../../../../modules/seller/types"
import { purchasabilityOf } from "../../../../modules/seller/utils/purchasable"
import {
  type VariantFacts,
  variantAvailable,
  variantFactFields,
  variantPrice,
} from "../../../../modules/catalog/utils/variant-facts"

type SellerRecord = Omit<InferTypeOf<typeof Seller>, "delivery_policy" | "return_policy"> & {
  delivery_policy?: Omit<InferTypeOf<typeof SellerDeliveryPolicy>, "seller"> | null
  return_policy?: Omit<InferTypeOf<typeof SellerReturnPolicy>, "seller"> | null
}

export type SellerDetailRecord = InferTypeOf<typeof SellerProductDetail>

/** A seller as the seller itself and operators see it (never the auth identity or password). */
export function serializeSeller(seller: SellerRecord) {
  const delivery = seller.delivery_policy
  const returns = seller.return_policy
  return {
    id: seller.id,
    email: seller.email,
    name: seller.name,
    representative_name: seller.representative_name,
    phone_number: seller.phone_number,
    business_type: seller.business_type,
    business_type_label: BUSINESS_TYPE_LABELS[seller.business_type],
    business_registration_number: seller.business_registration_number,
    status: seller.status,
    status_label: SELLER_STATUS_LABELS[seller.status],
    status_reason: seller.status_reason,
    approved_at: seller.approved_at,
    suspended_at: seller.suspended_at,
    closed_at: seller.closed_at,
    created_at: seller.created_at,
    delivery_policy: delivery
      ? {
          id: delivery.id,
          forwarding_place: delivery.forwarding_place,
          delivery_jeju_mountain: delivery.delivery_jeju_mountain,
          jeju_mountain_extra_cost: won(delivery.jeju_mountain_extra_cost),
          courier_company: delivery.courier_company,
          delivery_way: delivery.delivery_way,
          delivery_way_label: DELIVERY_WAY_LABELS[delivery.delivery_way],
          delivery_cost: won(delivery.delivery_cost),
          free_delivery_threshold: wonOrNull(delivery.free_delivery_threshold),
          delivery_period: delivery.delivery_period,
        }
      : null,
    return_policy: returns
      ? {
          id: returns.id,
          address: returns.address,
          return_delivery_cost: won(returns.return_delivery_cost),
          exchange_delivery_cost: won(returns.exchange_delivery_cost),
        }
      : null,
  }
}

/** The product shape `query.graph` returns for SELLER_ITEM_FIELDS. */
export type SellerItemGraph = {
  id: string
  title: string
  handle: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  status: string
  created_at: Date | string
  updated_at: Date | string
  categories?: ({ id: string; name: string } | null)[] | null
  options?: ({ id: string; title: string; values?: ({ value: string } | null)[] | null } | null)[] | null
  variants?:
    | ({
        id: string
        title: string
        sku: string | null
        options?: ({ value: string; option?: { title: string } | null } | null)[] | null
      } & VariantFacts | null)[]
    | null
  seller_product_detail?: SellerDetailRecord | null
}

export const SELLER_ITEM_FIELDS = [
  "id",
  "title",
  "handle",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "updated_at",
  "categories.id",
  "categories.name",
  "options.id",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.options.value",
  "variants.options.option.title",
  ...variantFactFields(),
  "seller_product_detail.*",
]

function present<T>(items: (T | null)[] | null | undefined): T[] {
  return (items ?? []).filter((item): item is T => item !== null)
}

/** A seller's item: the product, its KRW prices and stock, and the 상품 상세 정보 fields. */
export function serializeSellerItem(product: SellerItemGraph, now: Date = new Date()) {
  const detail = product.seller_product_detail ?? null
  return {
    id: product.id,
    title_name: product.title,
    handle: product.handle,
    subtitle: product.subtitle,
    description: product.description,
    thumbnail: product.thumbnail,
    created_at: product.created_at,
    updated_at: product.updated_at,
    categories: present(product.categories).map((category) => ({ id: category.id, name: category.name })),
    options: present(product.options).map((option) => ({
      id: option.id,
      title: option.title,
      values: present(option.values).map((value) => value.value),
    })),
    variants: present(product.variants).map((variant) => ({
      id: variant.id,
      title: variant.title,
      sku: variant.sku,
      options: Object.fromEntries(
        present(variant.options).map((value) => [value.option?.title ?? "", value.value])
      ),
      price: wonOrNull(variantPrice(variant, "krw")),
      /** What the seller stocked, across locations; `available` also deducts reservations. */
      stock: (variant.inventory_items ?? [])
        .flatMap((item) => item.inventory?.location_levels ?? [])
        .reduce((total, level) => total + Number(level.stocked_quantity), 0),
      available: variantAvailable(variant),
    })),
    ...(detail
      ? {
          item_label: detail.item_label,
          state: detail.state,
          state_label: SALE_STATE_LABELS[detail.state],
          sell_start_date: detail.sell_start_date,
          sell_end_date: detail.sell_end_date,
          parallel_import: detail.parallel_import,
          minor_purchasable: detail.minor_purchasable,
          max_order: detail.max_order,
          tax: detail.tax,
          tax_label: TAX_TYPE_LABELS[detail.tax],
          material: detail.material,
          color: detail.color,
          size: detail.size,
          maker: detail.maker,
          manufacturer_item_name: detail.manufacturer_item_name,
          warning: detail.warning,
          quality_assurance: detail.quality_assurance,
          as_info: detail.as_info,
          detail_html: detail.detail_html,
          file_key: detail.file_key,
          file_path: detail.file_path,
          original_file_name: detail.original_file_name,
          file_size: detail.file_size,
          purchasable: purchasabilityOf(detail, now),
        }
      : {}),
  }
}
