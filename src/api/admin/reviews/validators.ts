import { z } from "@medusajs/framework/zod"
import { ReviewStatus } from "../../../modules/review"

export const AdminGetReviewsParams = z
  .object({
    status: z.enum(Object.values(ReviewStatus) as [ReviewStatus, ...ReviewStatus[]]).optional(),
    product_id: z.string().optional(),
    customer_id: z.string().optional(),
    seller_id: z.string().optional(),
    rating: z.coerce.number().int().min(1).max(5).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetReviewsParamsType = z.infer<typeof AdminGetReviewsParams>

export const AdminRemoveReview = z.object({ reason: z.string().trim().min(1).max(500) }).strict()
export type AdminRemoveReviewType = z.infer<typeof AdminRemoveReview>

export const AdminRestoreReview = z.object({}).strict()
