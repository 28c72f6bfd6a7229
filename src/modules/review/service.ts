import type { Context } from "@medusajs/framework/types"
import type { EntityManager, Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import Review from "./models/review"
import ReviewImage from "./models/review-image"
import ReviewSummary from "./models/review-summary"
import ReviewVote from "./models/review-vote"
import {
  ReviewStatus,
  type ReviewDTO,
  type ReviewImageDTO,
  type ReviewSort,
  type ReviewSummaryDTO,
} from "./types"
import { PHOTO_STAR_COLUMNS, STAR_COLUMNS, SUMMARY_COLUMNS, type SummaryDelta } from "./utils/summary-delta"

export type ProductReviewPageInput = {
  productId: string
  sort: ReviewSort
  rating?: number
  photoOnly?: boolean
  limit: number
  offset: number
}

export type ReviewerTotals = { review_count: number; helpful_count: number }

/** The previous and new vote of one customer on one review (null: no vote). */
export type VoteChange = { review_id: string; customer_id: string; previous: boolean | null; current: boolean | null }

const ORDER_BY: Record<ReviewSort, string[]> = {
  best: ["helpful_count", "created_at", "id"],
  latest: ["created_at", "id"],
}

type SummaryRow = Record<(typeof SUMMARY_COLUMNS)[number], number | string> & { product_id: string }

function toSummary(productId: string, row?: SummaryRow): ReviewSummaryDTO {
  const value = (column: (typeof SUMMARY_COLUMNS)[number]) => Number(row?.[column] ?? 0)
  const stars = (columns: readonly string[]) =>
    Object.fromEntries(columns.map((column, i) => [i + 1, value(column as (typeof SUMMARY_COLUMNS)[number])])) as ReviewSummaryDTO["stars"]
  return {
    product_id: productId,
    review_count: value("review_count"),
    rating_sum: value("rating_sum"),
    stars: stars(STAR_COLUMNS),
    photo_stars: stars(PHOTO_STAR_COLUMNS),
  }
}

/** The knex transaction under a MikroORM transaction (the manager of @InjectTransactionManager). */
function transactionKnex(sharedContext: Context<EntityManager>): Knex {
  const manager = sharedContext.transactionManager!
  return (manager.getTransactionContext<Knex.Transaction>() ?? manager.getKnex()) as Knex
}

export default class ReviewModuleService extends MedusaService({ Review, ReviewImage, ReviewVote, ReviewSummary }) {
  /** Adds a delta to a product's summary row (created on first use), in one statement. */
  @InjectTransactionManager()
  async applySummaryDelta(
    productId: string,
    delta: SummaryDelta,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const knex = transactionKnex(sharedContext)
    const insert = { id: generateEntityId(undefined, "revsum"), product_id: productId, ...delta }
    const updates = SUMMARY_COLUMNS.map((column) => `"${column}" = review_summary."${column}" + excluded."${column}"`).join(", ")
    await knex.raw(`? on conflict ("product_id") where deleted_at is null do update set ${updates}, updated_at = now()`, [
      knex("review_summary").insert(insert),
    ])
  }

  /** Recounts summaries from the reviews themselves (bulk loads and repairs; not on the request path). */
  @InjectTransactionManager()
  async recountSummaries(productIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    if (!productIds.length) {
      return
    }
    const knex = transactionKnex(sharedContext)
    const stars = STAR_COLUMNS.map((column, i) => `count(*) filter (where r.rating = ${i + 1})::int as ${column}`)
    const photoStars = PHOTO_STAR_COLUMNS.map(
      (column, i) => `count(*) filter (where r.rating = ${i + 1} and r.has_photos)::int as ${column}`
    )
    await knex.raw(
      `insert into review_summary (id, product_id, ${SUMMARY_COLUMNS.map((c) => `"${c}"`).join(", ")})
       select 'revsum_' || md5(p.product_id), p.product_id, count(r.id)::int, coalesce(sum(r.rating), 0)::int,
              ${[...stars, ...photoStars].join(", ")}
       from unnest(?::text[]) as p(product_id)
       left join review r on r.product_id = p.product_id and r.status = 'published' and r.deleted_at is null
       group by p.product_id
       on conflict ("product_id") where deleted_at is null do update set ${SUMMARY_COLUMNS.map((c) => `"${c}" = excluded."${c}"`).join(", ")},
         updated_at = now()`,
      [productIds]
    )
  }

  @InjectManager()
  async retrieveSummary(productId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<ReviewSummaryDTO> {
    const knex = sharedContext.manager!.getKnex()
    const row = await knex("review_summary").where({ product_id: productId }).whereNull("deleted_at").first()
    return toSummary(productId, row)
  }

  /**
   * One page of a product's published reviews with their images. Sorting and filtering follow
   * the product indexes, so the page costs the same at ten reviews or a million.
   */
  @InjectManager()
  async listProductReviewPage(
    input: ProductReviewPageInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ReviewDTO[]> {
    const knex = sharedContext.manager!.getKnex()
    const query = knex("review")
      .select("*")
      .where({ product_id: input.productId, status: ReviewStatus.PUBLISHED })
      .whereNull("deleted_at")
    if (input.rating) {
      query.andWhere("rating", input.rating)
    }
    if (input.photoOnly) {
      query.andWhere("has_photos", true)
    }
    for (const column of ORDER_BY[input.sort]) {
      query.orderBy(column, "desc")
    }
    const rows: ReviewDTO[] = await query.limit(input.limit).offset(input.offset)
    return await this.withImages(knex, rows)
  }

  /** A customer's published reviews, newest first. */
  @InjectManager()
  async listReviewerPage(
    customerId: string,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ReviewDTO[]> {
    const knex = sharedContext.manager!.getKnex()
    const rows: ReviewDTO[] = await knex("review")
      .select("*")
      .where({ customer_id: customerId, status: ReviewStatus.PUBLISHED })
      .whereNull("deleted_at")
      .orderBy([{ column: "created_at", order: "desc" }, { column: "id", order: "desc" }])
      .limit(page.limit)
      .offset(page.offset)
    return await this.withImages(knex, rows)
  }

  /** Reviews written (published) and helpful votes received on them. */
  @InjectManager()
  async reviewerTotals(customerId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<ReviewerTotals> {
    const knex = sharedContext.manager!.getKnex()
    const [row] = await knex("review")
      .where({ customer_id: customerId, status: ReviewStatus.PUBLISHED })
      .whereNull("deleted_at")
      .select(knex.raw("count(*)::int as review_count"), knex.raw("coalesce(sum(helpful_count), 0)::int as helpful_count"))
    return { review_count: Number(row.review_count), helpful_count: Number(row.helpful_count) }
  }

  /**
   * Sets (true/false) or withdraws (null) a customer's vote and moves the review's counters with
   * it, in one transaction. Returns what the vote was before, for the compensation.
   */
  @InjectTransactionManager()
  async setVote(
    reviewId: string,
    customerId: string,
    helpful: boolean | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<VoteChange> {
    const knex = transactionKnex(sharedContext)
    // The review row lock orders concurrent votes on one review.
    const review = await knex("review").where({ id: reviewId }).whereNull("deleted_at").forUpdate().first("id")
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "리뷰를 찾을 수 없습니다.")
    }
    const existing = await knex("review_vote")
      .where({ review_id: reviewId, customer_id: customerId })
      .whereNull("deleted_at")
      .first("id", "helpful")
    const previous: boolean | null = existing ? Boolean(existing.helpful) : null
    if (previous === helpful) {
      return { review_id: reviewId, customer_id: customerId, previous, current: helpful }
    }
    if (existing && helpful === null) {
      await knex("review_vote").where({ id: existing.id }).delete()
    } else if (existing) {
      await knex("review_vote").where({ id: existing.id }).update({ helpful, updated_at: knex.fn.now() })
    } else {
      await knex("review_vote").insert({
        id: generateEntityId(undefined, "revvote"),
        review_id: reviewId,
        customer_id: customerId,
        helpful,
      })
    }
    const count = (vote: boolean | null, column: boolean) => (vote === column ? 1 : 0)
    await knex("review")
      .where({ id: reviewId })
      .update({
        helpful_count: knex.raw("helpful_count + ?", [count(helpful, true) - count(previous, true)]),
        not_helpful_count: knex.raw("not_helpful_count + ?", [count(helpful, false) - count(previous, false)]),
      })
    return { review_id: reviewId, customer_id: customerId, previous, current: helpful }
  }

  private async withImages(knex: Knex, rows: ReviewDTO[]): Promise<ReviewDTO[]> {
    if (!rows.length) {
      return []
    }
    const images: (ReviewImageDTO & { review_id: string })[] = await knex("review_image")
      .whereIn(
        "review_id",
        rows.map((row) => row.id)
      )
      .whereNull("deleted_at")
      .orderBy("rank", "asc")
    const byReview = new Map<string, ReviewImageDTO[]>()
    for (const image of images) {
      byReview.set(image.review_id, [...(byReview.get(image.review_id) ?? []), image])
    }
    return rows.map((row) => ({ ...row, images: byReview.get(row.id) ?? [] }))
  }
}
