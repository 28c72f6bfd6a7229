import { ReviewStatus, type ReviewSummaryFacts } from "../types"

/** Column increments of `review_summary` (all integers, may be negative). */
export type SummaryDelta = Record<SummaryColumn, number>

export const STAR_COLUMNS = ["star_1", "star_2", "star_3", "star_4", "star_5"] as const
export const PHOTO_STAR_COLUMNS = ["photo_star_1", "photo_star_2", "photo_star_3", "photo_star_4", "photo_star_5"] as const
export const SUMMARY_COLUMNS = ["review_count", "rating_sum", ...STAR_COLUMNS, ...PHOTO_STAR_COLUMNS] as const
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number]

export function emptyDelta(): SummaryDelta {
  return Object.fromEntries(SUMMARY_COLUMNS.map((column) => [column, 0])) as SummaryDelta
}

function contribution(facts: ReviewSummaryFacts | null, sign: 1 | -1, delta: SummaryDelta): void {
  if (!facts || facts.status !== ReviewStatus.PUBLISHED) {
    return
  }
  delta.review_count += sign
  delta.rating_sum += sign * facts.rating
  delta[STAR_COLUMNS[facts.rating - 1]] += sign
  if (facts.has_photos) {
    delta[PHOTO_STAR_COLUMNS[facts.rating - 1]] += sign
  }
}

/**
 * How a product's summary changes when one review goes from `before` to `after` (null: the
 * review does not exist on that side). Only published reviews count.
 */
export function summaryDelta(before: ReviewSummaryFacts | null, after: ReviewSummaryFacts | null): SummaryDelta {
  const delta = emptyDelta()
  contribution(before, -1, delta)
  contribution(after, 1, delta)
  return delta
}

export function negateDelta(delta: SummaryDelta): SummaryDelta {
  return Object.fromEntries(SUMMARY_COLUMNS.map((column) => [column, -delta[column]])) as SummaryDelta
}

export function isZeroDelta(delta: SummaryDelta): boolean {
  return SUMMARY_COLUMNS.every((column) => delta[column] === 0)
}
