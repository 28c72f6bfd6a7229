import { z } from "@medusajs/framework/zod"

const quantity = z
  .number({ message: "수량은 숫자입니다." })
  .int("수량은 정수입니다.")
  .min(1, "수량은 1개 이상입니다.")
  .max(999, "수량은 999개 이하입니다.")

export const AddCartItemBody = z
  .object({
    variantId: z.string({ message: "상품 옵션(variantId)을 지정해 주세요." }).trim().min(1, "상품 옵션(variantId)을 지정해 주세요."),
    quantity,
  })
  .strict()
export type AddCartItemBodyType = z.infer<typeof AddCartItemBody>

export const UpdateCartItemBody = z.object({ quantity }).strict()
export type UpdateCartItemBodyType = z.infer<typeof UpdateCartItemBody>

/** `?zipCode=` on every cart answer: the delivery postal code the fees are computed for. */
export const CartQuery = z.object({
  zipCode: z.string().trim().regex(/^\d{5}$/, "우편번호(zipCode)는 숫자 5자리여야 합니다.").optional(),
})
export type CartQueryType = z.infer<typeof CartQuery>
