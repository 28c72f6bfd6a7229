import { z } from "@medusajs/framework/zod"
import { AftersalesReason, AftersalesState } from "../../../../modules/aftersales"

const reason = z.enum(Object.values(AftersalesReason) as [AftersalesReason, ...AftersalesReason[]], {
  message: "사유는 change_of_mind(단순변심), defective(상품불량), wrong_item(오배송), late_delivery(배송지연), other(기타) 중 하나입니다.",
})

const quantity = z
  .number({ message: "수량은 숫자입니다." })
  .int("수량은 정수입니다.")
  .min(1, "수량은 1개 이상입니다.")
  .max(999, "수량은 999개 이하입니다.")

const lineItemId = z.string({ message: "주문 상품(lineItemId)을 지정해 주세요." }).trim().min(1, "주문 상품(lineItemId)을 지정해 주세요.")

/** 반품/교환 연락처·주소·이름; every part defaults to the order's delivery address. */
const pickup = z
  .object({
    name: z.string().trim().min(1, "이름을 입력해 주세요.").max(50, "이름은 50자 이하입니다.").optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9-]{9,14}$/, "연락처는 숫자와 -로 9~14자입니다.")
      .optional(),
    address: z.string().trim().min(1, "주소를 입력해 주세요.").max(255, "주소는 255자 이하입니다.").optional(),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{5}$/, "우편번호는 숫자 5자리입니다.")
      .optional(),
  })
  .strict()

const comment = z.string().trim().max(1000, "사유 설명은 1000자 이하입니다.").optional()

export const CreateReturnBody = z
  .object({
    items: z.array(z.object({ lineItemId, quantity }).strict()).min(1, "반품할 상품을 하나 이상 지정해 주세요.").max(50),
    reason,
    comment,
    pickup: pickup.optional(),
  })
  .strict()
export type CreateReturnBodyType = z.infer<typeof CreateReturnBody>

export const CreateExchangeBody = z
  .object({
    items: z
      .array(
        z
          .object({
            lineItemId,
            quantity,
            /** The variant to receive instead (another size or colour of the same product); default: the same variant. */
            replacementVariantId: z.string().trim().min(1).optional(),
          })
          .strict()
      )
      .min(1, "교환할 상품을 하나 이상 지정해 주세요.")
      .max(50),
    reason,
    comment,
    pickup: pickup.optional(),
  })
  .strict()
export type CreateExchangeBodyType = z.infer<typeof CreateExchangeBody>

export const AftersalesListQuery = z
  .object({
    state: z.enum(Object.values(AftersalesState) as [AftersalesState, ...AftersalesState[]]).optional(),
    orderId: z.string().trim().min(1).optional(),
    page: z.coerce.number().int().min(1, "page는 1 이상입니다.").default(1),
    size: z.coerce.number().int().min(1).max(100, "size는 100 이하입니다.").default(20),
  })
  .strict()
export type AftersalesListQueryType = z.infer<typeof AftersalesListQuery>
