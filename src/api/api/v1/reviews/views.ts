import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { ReviewDTO, ReviewImageDTO, ReviewStatus, ReviewSummaryDTO } from "../../../../modules/review"
import { displayName, maskName } from "../../../../modules/review/utils/mask-name"
import type { DeliveredLineItem } from "../../../../workflows/review/utils/delivered-items"

export type ReviewImageView = {
  imageId: string
  type: "main" | "sub"
  url: string
  thumbnailUrl: string
  originalName: string
  size: number
  contentType: string
}

/** A review as shoppers see it: the reviewer's name is always masked. */
export type ReviewView = {
  reviewId: string
  itemId: string
  variantId: string | null
  rating: number
  title: string
  content: string | null
  helpfulCount: number
  notHelpfulCount: number
  reviewer: { customerId: string; name: string }
  images: ReviewImageView[]
  createdAt: Date
  updatedAt: Date
}

/** The author's own view adds the order line and the moderation state. */
export type MyReviewView = ReviewView & {
  orderId: string
  orderItemId: string
  status: ReviewStatus
  statusReason: string | null
}

export type ReviewSummaryView = {
  average: number
  count: number
  stars: Record<"1" | "2" | "3" | "4" | "5", number>
  photoCount: number
}

export type ReviewableItemView = {
  orderId: string
  orderItemId: string
  itemId: string
  variantId: string | null
  name: string
  option: string | null
  image: string | null
  deliveredAt: Date
}

function imageView(image: ReviewImageDTO): ReviewImageView {
  return {
    imageId: image.id,
    type: image.kind,
    url: image.url,
    thumbnailUrl: image.thumbnail_url,
    originalName: image.original_name,
    size: Number(image.size),
    contentType: image.content_type,
  }
}

/** Masked display names of the given customers (one query for a page of reviews). */
export async function maskedNames(container: MedusaContainer, customerIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(customerIds)]
  const customers = ids.length
    ? await container
        .resolve(Modules.CUSTOMER)
        .listCustomers({ id: ids }, { select: ["id", "first_name", "last_name"], take: null })
    : []
  const names = new Map(customers.map((customer) => [customer.id, maskName(displayName(customer.first_name, customer.last_name))]))
  return new Map(ids.map((id) => [id, names.get(id) ?? maskName(null)]))
}

export function reviewView(review: ReviewDTO, names: Map<string, string>): ReviewView {
  return {
    reviewId: review.id,
    itemId: review.product_id,
    variantId: review.variant_id,
    rating: Number(review.rating),
    title: review.title,
    content: review.content,
    helpfulCount: Number(review.helpful_count),
    notHelpfulCount: Number(review.not_helpful_count),
    reviewer: { customerId: review.customer_id, name: names.get(review.customer_id) ?? maskName(null) },
    images: [...(review.images ?? [])].sort((a, b) => a.rank - b.rank).map(imageView),
    createdAt: review.created_at,
    updatedAt: review.updated_at,
  }
}

export function myReviewView(review: ReviewDTO, names: Map<string, string>): MyReviewView {
  return {
    ...reviewView(review, names),
    orderId: review.order_id,
    orderItemId: review.line_item_id,
    status: review.status,
    statusReason: review.status_reason,
  }
}

export async function reviewViews(container: MedusaContainer, reviews: ReviewDTO[]): Promise<ReviewView[]> {
  const names = await maskedNames(
    container,
    reviews.map((review) => review.customer_id)
  )
  return reviews.map((review) => reviewView(review, names))
}

export function summaryView(summary: ReviewSummaryDTO): ReviewSummaryView {
  const average = summary.review_count ? Math.round((summary.rating_sum / summary.review_count) * 10) / 10 : 0
  const photoCount = Object.values(summary.photo_stars).reduce((sum, count) => sum + count, 0)
  return {
    average,
    count: summary.review_count,
    stars: { "1": summary.stars[1], "2": summary.stars[2], "3": summary.stars[3], "4": summary.stars[4], "5": summary.stars[5] },
    photoCount,
  }
}

/** How many published reviews match a filter, from the maintained summary (never a count query). */
export function filteredTotal(summary: ReviewSummaryDTO, rating?: number, photoOnly?: boolean): number {
  const stars = photoOnly ? summary.photo_stars : summary.stars
  if (rating) {
    return stars[rating as 1 | 2 | 3 | 4 | 5]
  }
  return photoOnly ? Object.values(stars).reduce((sum, count) => sum + count, 0) : summary.review_count
}

export function reviewableView(item: DeliveredLineItem): ReviewableItemView {
  return {
    orderId: item.order_id,
    orderItemId: item.line_item_id,
    itemId: item.product_id,
    variantId: item.variant_id,
    name: item.title,
    option: item.variant_title,
    image: item.thumbnail,
    deliveredAt: item.delivered_at,
  }
}
