import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type ReviewStatus = "published" | "hidden" | "removed"
export const REVIEW_STATUSES: ReviewStatus[] = ["published", "hidden", "removed"]

export type AdminReviewImage = {
  id: string
  kind: "main" | "sub"
  rank: number
  original_name: string
  url: string
  thumbnail_url: string
}

export type AdminReview = {
  id: string
  product_id: string
  variant_id: string | null
  order_id: string
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
  created_at: string
  images?: AdminReviewImage[]
}

export type ReviewListParams = {
  status?: ReviewStatus
  rating?: number
  product_id?: string
  seller_id?: string
  limit: number
  offset: number
}

export type ReviewSummary = {
  average: number
  count: number
  stars: Record<"1" | "2" | "3" | "4" | "5", number>
  photoCount: number
}

const reviewKeys = {
  all: ["gopang", "reviews"] as const,
  list: (params: ReviewListParams) => [...reviewKeys.all, "list", params] as const,
  summary: (productId: string) => [...reviewKeys.all, "summary", productId] as const,
}

export function useReviews(params: ReviewListParams) {
  return useQuery({
    queryKey: reviewKeys.list(params),
    queryFn: () => {
      const query = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== ""))
      return sdk.client.fetch<{ reviews: AdminReview[]; count: number }>("/admin/reviews", { query })
    },
    placeholderData: keepPreviousData,
  })
}

export type ReviewAction = { action: "remove"; reason: string } | { action: "restore" }

export function useChangeReviewStatus() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: ReviewAction }) =>
      sdk.client.fetch<{ review: AdminReview }>(`/admin/reviews/${id}/${change.action}`, {
        method: "POST",
        body: change.action === "remove" ? { reason: change.reason } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  })
}

/** A product's published-review summary (the shoppers' figures), from the public reviews route. */
export function useReviewSummary(productId: string) {
  return useQuery({
    queryKey: reviewKeys.summary(productId),
    queryFn: async () => {
      const { data } = await sdk.client.fetch<{ data: { summary: ReviewSummary } }>("/api/v1/reviews/item", {
        query: { itemId: productId, size: 1 },
      })
      return data.summary
    },
  })
}
