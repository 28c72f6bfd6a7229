import { model } from "@medusajs/framework/utils"

/**
 * The shopper-facing read model of a product: one row per product with everything the catalogue
 * lists filter and sort on (category, price, stock, seller, sales, rating), kept current by
 * subscribers. Listing pages then read one indexed table instead of joining five modules.
 */
const CatalogItem = model
  .define("catalog_item", {
    id: model.id({ prefix: "citm" }).primaryKey(),
    product_id: model.text().unique(),
    handle: model.text(),
    title: model.text(),
    /** Lower-cased title and subtitle without any white space: "원피스" finds "롱 원피스". */
    search_text: model.text(),
    thumbnail: model.text().nullable(),
    category_ids: model.array(),
    min_price: model.number().nullable(),
    currency_code: model.text().default("krw"),
    in_stock: model.boolean().default(false),
    seller_id: model.text().nullable(),
    seller_name: model.text().nullable(),
    purchasable: model.boolean().default(false),
    free_shipping: model.boolean().default(false),
    units_sold_30d: model.number().default(0),
    rating_avg: model.float().default(0),
    review_count: model.number().default(0),
    published_at: model.dateTime(),
  })
  .indexes([
    { name: "IDX_CATALOG_ITEM_CATEGORY_IDS", on: ["category_ids"], type: "GIN" },
    { name: "IDX_CATALOG_ITEM_LATEST", on: ["purchasable", "published_at"] },
    { name: "IDX_CATALOG_ITEM_PRICE", on: ["purchasable", "min_price"] },
    { name: "IDX_CATALOG_ITEM_SOLD", on: ["purchasable", "units_sold_30d"] },
    { name: "IDX_CATALOG_ITEM_RATING", on: ["purchasable", "rating_avg", "review_count"] },
  ])

export default CatalogItem
