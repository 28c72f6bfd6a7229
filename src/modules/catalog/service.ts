import type { Context } from "@medusajs/framework/types"
import type { EntityManager, Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import CatalogItem from "./models/catalog-item"

export const CATALOG_SORTS = ["latest", "price_asc", "price_desc", "best_selling", "rating", "review_count"] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]

export type CatalogSearch = {
  categoryIds?: string[]
  q?: string
  sort: CatalogSort
  page: number
  size: number
}

export type CatalogCard = {
  product_id: string
  handle: string
  title: string
  thumbnail: string | null
  min_price: number | null
  currency_code: string
  in_stock: boolean
  seller_id: string | null
  seller_name: string | null
  free_shipping: boolean
  rating_avg: number
  review_count: number
  units_sold_30d: number
  published_at: Date
}

const CARD_COLUMNS = [
  "product_id",
  "handle",
  "title",
  "thumbnail",
  "min_price",
  "currency_code",
  "in_stock",
  "seller_id",
  "seller_name",
  "free_shipping",
  "rating_avg",
  "review_count",
  "units_sold_30d",
  "published_at",
]

/** Sort columns with a unique tie-breaker, so pages never repeat or skip a product. */
const ORDER_BY: Record<CatalogSort, [string, "asc" | "desc"][]> = {
  latest: [["published_at", "desc"]],
  price_asc: [["min_price", "asc"]],
  price_desc: [["min_price", "desc"]],
  best_selling: [["units_sold_30d", "desc"], ["published_at", "desc"]],
  rating: [["rating_avg", "desc"], ["review_count", "desc"]],
  review_count: [["review_count", "desc"], ["rating_avg", "desc"]],
}

/** The columns of a catalogue row that come from the product itself. */
export type CatalogItemFacts = {
  product_id: string
  handle: string
  title: string
  search_text: string
  thumbnail: string | null
  category_ids: string[]
  min_price: number | null
  currency_code: string
  in_stock: boolean
  purchasable: boolean
  seller_id: string | null
  seller_name: string | null
  free_shipping: boolean
  published_at: Date
}

export const CATALOG_FACT_COLUMNS: (keyof CatalogItemFacts)[] = [
  "product_id",
  "handle",
  "title",
  "search_text",
  "thumbnail",
  "category_ids",
  "min_price",
  "currency_code",
  "in_stock",
  "purchasable",
  "seller_id",
  "seller_name",
  "free_shipping",
  "published_at",
]

/** Removes white space and lower-cases, as `search_text` is stored. */
export function compactSearchText(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, "")
}

export default class CatalogModuleService extends MedusaService({ CatalogItem }) {
  /**
   * Inserts or updates the product-derived columns in one statement. Several events about one
   * product arrive at once (product, variants, stock levels); an upsert keyed on the live row
   * lets them race without a unique-key failure. Sales and rating counters are never touched.
   */
  @InjectManager()
  async upsertCatalogFacts(
    items: CatalogItemFacts[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!items.length) {
      return
    }
    const knex = sharedContext.manager!.getKnex()
    const rows = items.map((item) => ({ id: generateEntityId(undefined, "citm"), ...item }))
    const updates = CATALOG_FACT_COLUMNS.filter((column) => column !== "product_id")
      .map((column) => `"${column}" = excluded."${column}"`)
      .join(", ")
    await knex.raw(`? on conflict ("product_id") where deleted_at is null do update set ${updates}, updated_at = now()`, [
      knex("catalog_item").insert(rows),
    ])
  }

  /**
   * Sets the 30-day units-sold counters: the given products to their counts, and with `resetOthers`
   * every other row to 0 (the daily recount; a product that sold nothing lately drops out).
   */
  @InjectManager()
  async setUnitsSold(
    counts: Record<string, number>,
    options: { resetOthers?: boolean } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const knex = sharedContext.manager!.getKnex()
    const productIds = Object.keys(counts)
    if (options.resetOthers) {
      await knex("catalog_item").whereNull("deleted_at").whereNotIn("product_id", productIds).update({ units_sold_30d: 0 })
    }
    await this.updateUnitsSold(knex, counts, "set")
  }

  /** Adds a new order's units to the 30-day counters (the nightly recount keeps them exact). */
  @InjectManager()
  async addUnitsSold(
    counts: Record<string, number>,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await this.updateUnitsSold(sharedContext.manager!.getKnex(), counts, "add")
  }

  /** One UPDATE for all the products, however many (the nightly recount touches every row). */
  private async updateUnitsSold(knex: Knex, counts: Record<string, number>, mode: "set" | "add"): Promise<void> {
    const productIds = Object.keys(counts)
    if (!productIds.length) {
      return
    }
    const value = mode === "add" ? "catalog_item.units_sold_30d + sold.units" : "sold.units"
    await knex.raw(
      `update catalog_item set units_sold_30d = ${value}, updated_at = now()
       from unnest(?::text[], ?::int[]) as sold(product_id, units)
       where catalog_item.product_id = sold.product_id and catalog_item.deleted_at is null`,
      [productIds, productIds.map((id) => counts[id])]
    )
  }

  /** Sets a product's review figures (average of published ratings and their count) from the review summary. */
  @InjectManager()
  async setReviewStats(
    productId: string,
    stats: { rating_avg: number; review_count: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await sharedContext.manager!.getKnex()("catalog_item")
      .where({ product_id: productId })
      .whereNull("deleted_at")
      .update({ rating_avg: stats.rating_avg, review_count: stats.review_count, updated_at: new Date() })
  }

  /** Soft-deletes the rows of products that no longer exist. */
  @InjectManager()
  async removeCatalogProducts(
    productIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!productIds.length) {
      return []
    }
    const knex = sharedContext.manager!.getKnex()
    const removed: { id: string }[] = await knex("catalog_item")
      .whereIn("product_id", productIds)
      .whereNull("deleted_at")
      .update({ deleted_at: knex.fn.now() })
      .returning("id")
    return removed.map((row) => row.id)
  }

  /** One page of purchasable cards and the total, straight from the read model. */
  @InjectManager()
  async searchCatalog(
    search: CatalogSearch,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ items: CatalogCard[]; total: number }> {
    const knex = sharedContext.manager!.getKnex()
    const base = knex("catalog_item").whereNull("deleted_at").andWhere("purchasable", true)
    if (search.categoryIds?.length) {
      base.andWhereRaw("category_ids && ?::text[]", [search.categoryIds])
    }
    const q = search.q ? compactSearchText(search.q) : ""
    if (q) {
      base.andWhereRaw("search_text like ? escape '\\'", [`%${q.replace(/[\\%_]/g, "\\$&")}%`])
    }

    const page = base.clone().select(CARD_COLUMNS)
    for (const [column, direction] of ORDER_BY[search.sort]) {
      page.orderByRaw(`${column} ${direction} nulls last`)
    }
    page.orderBy("product_id", "asc").limit(search.size).offset((search.page - 1) * search.size)

    const [rows, [{ count }]] = await Promise.all([page, base.clone().count<{ count: string }[]>("* as count")])
    return {
      items: rows.map((row: CatalogCard) => ({
        ...row,
        min_price: row.min_price === null ? null : Number(row.min_price),
        rating_avg: Number(row.rating_avg),
        review_count: Number(row.review_count),
        units_sold_30d: Number(row.units_sold_30d),
      })),
      total: Number(count),
    }
  }
}
