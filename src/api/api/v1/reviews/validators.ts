import { z } from "@medusajs/framework/zod"
import { REVIEW_SORTS } from "../../../../modules/review"

const rating = z.coerce
  .number({ message: "별점(rating)은 1~5의 숫자입니다." })
  .int("별점(rating)은 정수입니다.")
  .min(1, "별점(rating)은 1 이상입니다.")
  .max(5, "별점(rating)은 5 이하입니다.")
const title = z.string({ message: "제목(title)을 입력해 주세요." }).trim().min(1, "제목(title)을 입력해 주세요.").max(100, "제목은 100자 이하입니다.")
const content = z.string().trim().max(5000, "내용은 5,000자 이하입니다.")
const page = z.coerce.number().int().min(1, "page는 1 이상입니다.").default(1)
const size = z.coerce.number().int().min(1, "size는 1 이상입니다.").max(100, "size는 100 이하입니다.").default(20)
const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1")

/** Multipart text fields (strings) or JSON. */
export const CreateReviewBody = z
  .object({
    orderItemId: z.string({ message: "리뷰할 주문 상품(orderItemId)을 지정해 주세요." }).trim().min(1, "리뷰할 주문 상품(orderItemId)을 지정해 주세요."),
    rating,
    title,
    content: content.optional(),
  })
  .strict()
export type CreateReviewBodyType = z.infer<typeof CreateReviewBody>

const idList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((id) => id.trim()).filter(Boolean))

export const UpdateReviewBody = z
  .object({
    rating: rating.optional(),
    title: title.optional(),
    content: content.nullable().optional(),
    /** Images to take off the review (ids, repeated or comma-separated); new files are added after the rest. */
    removeImageIds: idList.optional(),
  })
  .strict()
export type UpdateReviewBodyType = z.infer<typeof UpdateReviewBody>

export const VoteReviewBody = z.object({ helpful: z.boolean({ message: "helpful은 true 또는 false입니다." }) }).strict()
export type VoteReviewBodyType = z.infer<typeof VoteReviewBody>

export const ProductReviewsQuery = z
  .object({
    itemId: z.string({ message: "상품(itemId)을 지정해 주세요." }).trim().min(1, "상품(itemId)을 지정해 주세요."),
    sort: z.enum(REVIEW_SORTS, { message: "sort는 best 또는 latest입니다." }).default("best"),
    rating: rating.optional(),
    photoOnly: booleanFlag.optional(),
    page,
    size,
  })
  .strict()
export type ProductReviewsQueryType = z.infer<typeof ProductReviewsQuery>

export const PageQuery = z.object({ page, size }).strict()
export type PageQueryType = z.infer<typeof PageQuery>
