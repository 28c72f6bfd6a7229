import { z } from "@medusajs/framework/zod"
import { CARD_PATTERNS } from "../../../../modules/portone/lib/card"

/**
 * Card fields carry their own messages: Medusa's default zod formatting echoes the received
 * value for some errors, and a card number must never come back in a response or a log.
 */
export const CardSchema = z
  .object({
    number: z.string({ error: "카드번호를 입력해 주세요" }).regex(CARD_PATTERNS.number, "카드번호는 숫자 15~16자리여야 합니다"),
    expiry: z.string({ error: "유효기간을 입력해 주세요" }).regex(CARD_PATTERNS.expiry, "유효기간은 YYYY-MM 형식이어야 합니다"),
    birth: z
      .string({ error: "생년월일 형식이 올바르지 않습니다" })
      .regex(CARD_PATTERNS.birth, "생년월일 6자리(YYMMDD) 또는 사업자등록번호 10자리여야 합니다")
      .optional(),
    password2: z
      .string({ error: "비밀번호 앞 2자리 형식이 올바르지 않습니다" })
      .regex(CARD_PATTERNS.password2, "비밀번호 앞 2자리는 숫자 2자리여야 합니다")
      .optional(),
    cvc: z.string({ error: "CVC 형식이 올바르지 않습니다" }).regex(CARD_PATTERNS.cvc, "CVC는 숫자 3~4자리여야 합니다").optional(),
  })
  .strict()

export const PayBody = z
  .object({
    orderId: z.string().min(1).optional(),
    cartId: z.string().min(1).optional(),
    amount: z.number({ error: "결제 금액은 숫자여야 합니다" }).int("결제 금액은 원 단위 정수여야 합니다").positive("결제 금액은 0보다 커야 합니다"),
    card: CardSchema,
  })
  .strict()
  .refine((body) => (body.orderId === undefined) !== (body.cartId === undefined), {
    message: "orderId 또는 cartId 중 하나만 보내 주세요",
    path: ["orderId"],
  })
export type PayBody = z.infer<typeof PayBody>

export const DetailQuery = z.object({ orderId: z.string().min(1) }).strict()
export type DetailQuery = z.infer<typeof DetailQuery>

export const CancelBody = z
  .object({
    orderId: z.string().min(1),
    amount: z.number().int("취소 금액은 원 단위 정수여야 합니다").positive("취소 금액은 0보다 커야 합니다").optional(),
  })
  .strict()
export type CancelBody = z.infer<typeof CancelBody>

export const BrowserPaymentBody = z
  .object({
    amount: z
      .number({ error: "결제 금액은 숫자여야 합니다" })
      .int("결제 금액은 원 단위 정수여야 합니다")
      .positive("결제 금액은 0보다 커야 합니다")
      .max(100_000_000, "결제 금액은 1억 원 이하여야 합니다"),
  })
  .strict()
export type BrowserPaymentBody = z.infer<typeof BrowserPaymentBody>
