/** Closed sets of the review module, shared by routes, workflows and tests. */
export const ReviewStatus = {
  PUBLISHED: "published",
  /** Hidden by the product's seller (with a reason); an operator can restore it. */
  HIDDEN: "hidden",
  /** Removed by an operator (with a reason); restorable. */
  REMOVED: "removed",
} as const
export type ReviewStatus = (typeof ReviewStatus)[keyof typeof ReviewStatus]

export const ReviewImageKind = { MAIN: "main", SUB: "sub" } as const
export type ReviewImageKind = (typeof ReviewImageKind)[keyof typeof ReviewImageKind]

export const REVIEW_SORTS = ["best", "latest"] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

export const MAX_REVIEW_IMAGES = 10
export const MAX_REVIEW_IMAGE_BYTES = 5 * 1024 * 1024
export const REVIEW_THUMBNAIL_WIDTH = 320

export type ReviewImageDTO = {
  id: string
  kind: ReviewImageKind
  rank: number
  original_name: string
  file_key: string
  thumbnail_key: string
  size: number
  content_type: string
  url: string
  thumbnail_url: string
}

export type ReviewDTO = {
  id: string
  product_id: string
  variant_id: string | null
  order_id: string
  line_item_id: string
  customer_id: string
  seller_id: string | null
  title: string
  content: string | null
  rating: number
  helpful_count: number
  not_helpful_count: number
  status: ReviewStatus
  status_reason: string | null
  has_photos: boolean
  created_at: Date
  updated_at: Date
  images?: ReviewImageDTO[]
}

/** What the product summary depends on: a review counts only while published. */
export type ReviewSummaryFacts = { status: ReviewStatus; rating: number; has_photos: boolean }

export type ReviewSummaryDTO = {
  product_id: string
  review_count: number
  rating_sum: number
  /** Published reviews per star, 1..5. */
  stars: Record<1 | 2 | 3 | 4 | 5, number>
  /** Published reviews with photos per star, 1..5. */
  photo_stars: Record<1 | 2 | 3 | 4 | 5, number>
}
