import { z } from "@medusajs/framework/zod"
import { ReviewStatus } from "../../../../../modules/review"

export const SellerReviewsQuery = z
  .object({
    status: z.enum(Object.values(ReviewStatus) as [ReviewStatus, ...ReviewStatus[]]).optional(),
    itemId: z.string().trim().min(1).optional(),
    page: z.coerce.number().int().min(1).default(1),
    size: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
export type SellerReviewsQueryType = z.infer<typeof SellerReviewsQuery>

export const HideReviewBody = z
  .object({
    reason: z
      .string({ message: "숨김 사유(reason)를 입력해 주세요." })
      .trim()
      .min(2, "숨김 사유(reason)를 2자 이상 입력해 주세요.")
      .max(500, "숨김 사유는 500자 이하입니다."),
  })
  .strict()
export type HideReviewBodyType = z.infer<typeof HideReviewBody>
