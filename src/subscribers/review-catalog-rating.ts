import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import { REVIEW_MODULE, type ReviewModuleService } from "../modules/review"
import { REVIEW_SUMMARY_EVENTS, type ReviewEventData } from "../workflows/review/events"

/**
 * Item cards and details show a product's real rating: after any review change, the catalogue
 * row takes the average and count from the maintained review summary (one row read).
 */
export default async function reviewCatalogRatingHandler({ event, container }: SubscriberArgs<ReviewEventData>) {
  const summary = await container.resolve<ReviewModuleService>(REVIEW_MODULE).retrieveSummary(event.data.product_id)
  const ratingAvg = summary.review_count ? summary.rating_sum / summary.review_count : 0
  await container.resolve<CatalogModuleService>(CATALOG_MODULE).setReviewStats(event.data.product_id, {
    rating_avg: ratingAvg,
    review_count: summary.review_count,
  })
}

export const config: SubscriberConfig = { event: REVIEW_SUMMARY_EVENTS }
