import { model } from "@medusajs/framework/utils"
import { SaleState, TaxType } from "../types"

/**
 * 상품 상세 정보: what a Medusa product does not model — the seller's own management name, sale
 * state and period, purchase limits and the legally required product notice. Linked one-to-one
 * to its product (src/links/seller-product-detail.ts).
 */
const SellerProductDetail = model
  .define("seller_product_detail", {
    id: model.id({ prefix: "spd" }).primaryKey(),
    /** 등록상품명: the seller's management name, never shown to shoppers. */
    item_label: model.text(),
    state: model.enum(SaleState).default(SaleState.ON_SALE),
    sell_start_date: model.dateTime().nullable(),
    sell_end_date: model.dateTime().nullable(),
    parallel_import: model.boolean().default(false),
    minor_purchasable: model.boolean().default(true),
    /** 1인당 최대 구매수량; null: no limit. */
    max_order: model.number().nullable(),
    tax: model.enum(TaxType).default(TaxType.TAXABLE),
    material: model.text().nullable(),
    color: model.text().nullable(),
    size: model.text().nullable(),
    maker: model.text().nullable(),
    manufacturer_item_name: model.text().nullable(),
    warning: model.text().nullable(),
    quality_assurance: model.text().nullable(),
    as_info: model.text(),
    detail_html: model.text().nullable(),
    /** A detail file (HTML or PDF) kept by the File Module: its key, URL, original name and size. */
    file_key: model.text().nullable(),
    file_path: model.text().nullable(),
    original_file_name: model.text().nullable(),
    file_size: model.number().nullable(),
    /** Set while the product is unpublished because its seller is suspended or closed. */
    hidden_by_seller_status: model.boolean().default(false),
  })
  .indexes([{ on: ["state"] }])
  .checks([
    {
      name: "seller_product_detail_sale_period",
      expression: (columns) =>
        `${columns.sell_end_date} IS NULL OR ${columns.sell_start_date} IS NULL OR ${columns.sell_end_date} >= ${columns.sell_start_date}`,
    },
  ])

export default SellerProductDetail
