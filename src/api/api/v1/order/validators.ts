import { z } from "@medusajs/framework/zod"
import { CardSchema } from "../payment/validators"

const Line = z
  .object({
    itemId: z.string().min(1).optional(),
    variantId: z.string().min(1).optional(),
    amount: z.number({ error: "수량은 숫자여야 합니다" }).int("수량은 정수여야 합니다").min(1, "수량은 1개 이상이어야 합니다").max(999, "수량은 999개 이하여야 합니다"),
  })
  .strict()
  .refine((line) => !!line.itemId || !!line.variantId, { message: "itemId 또는 variantId가 필요합니다", path: ["itemId"] })

const Receiver = z
  .object({
    name: z.string({ error: "받는 분 이름을 입력해 주세요" }).trim().min(1, "받는 분 이름을 입력해 주세요").max(50, "받는 분 이름은 50자 이하여야 합니다"),
    phone: z
      .string({ error: "받는 분 연락처를 입력해 주세요" })
      .transform((value) => value.replace(/-/g, ""))
      .pipe(z.string().regex(/^0\d{8,10}$/, "연락처는 0으로 시작하는 숫자 9~11자리여야 합니다")),
    zipCode: z.string({ error: "우편번호를 입력해 주세요" }).regex(/^\d{5}$/, "우편번호는 숫자 5자리여야 합니다"),
    address: z.string({ error: "주소를 입력해 주세요" }).trim().min(1, "주소를 입력해 주세요").max(200, "주소는 200자 이하여야 합니다"),
    addressDetail: z.string().trim().max(200, "상세 주소는 200자 이하여야 합니다").optional(),
    message: z.string().trim().max(100, "배송 메시지는 100자 이하여야 합니다").optional(),
  })
  .strict()

const CardPayment = z.object({ method: z.literal("card"), card: CardSchema }).strict()
const PortOneV2Payment = z
  .object({
    method: z.literal("portone_v2"),
    paymentId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "paymentId 형식이 올바르지 않습니다"),
  })
  .strict()

/**
 * `POST /api/v1/order`: the plan's body (items of itemId/amount, receiver) with variantId for
 * products with options, the amount the shopper confirmed, and how they pay: a keyed card
 * (PortOne V1) or a PortOne V2 payment made in the browser.
 */
export const PlaceOrderBody = z
  .object({
    items: z.array(Line).min(1, "주문할 상품을 선택해 주세요").max(50, "한 번에 50개 상품까지 주문할 수 있습니다").optional(),
    /** Order everything in the caller's cart (/api/v1/cart) instead of listing items. */
    fromCart: z.literal(true).optional(),
    receiver: Receiver,
    amount: z.number({ error: "결제 금액은 숫자여야 합니다" }).int("결제 금액은 원 단위 정수여야 합니다").positive("결제 금액은 0보다 커야 합니다"),
    payment: z.discriminatedUnion("method", [CardPayment, PortOneV2Payment], { error: "결제 수단(card 또는 portone_v2)을 선택해 주세요" }),
  })
  .strict()
  .refine((body) => (body.items === undefined) !== (body.fromCart === undefined), {
    message: "items 또는 fromCart 중 하나만 보내 주세요",
    path: ["items"],
  })
export type PlaceOrderBody = z.infer<typeof PlaceOrderBody>

