import { z } from "@medusajs/framework/zod"
import { DeliveryState } from "../../../../../modules/order-group"
import { httpUrl } from "../../../../utils/validate"

export const SellerOrdersQuery = z
  .object({
    page: z.coerce.number().int().min(1).default(1),
    size: z.coerce.number().int().min(1).max(50, "size는 50 이하여야 합니다").default(20),
    state: z.enum(DeliveryState, { error: "알 수 없는 주문 상태입니다" }).optional(),
  })
  .strict()
export type SellerOrdersQuery = z.infer<typeof SellerOrdersQuery>

/** Body of `POST /api/v1/seller/orders/{orderId}/{action}`: ship needs the courier and tracking number, cancel a reason. */
export const SellerOrderActionBody = z
  .object({
    courier: z.string().trim().min(1, "택배사를 입력해 주세요").max(50).optional(),
    trackingNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z-]{6,30}$/, "송장번호는 영문·숫자 6~30자여야 합니다")
      .optional(),
    trackingUrl: httpUrl(500, "배송 조회 주소는 http 또는 https 주소여야 합니다").optional(),
    reason: z.string().trim().min(1, "취소 사유를 입력해 주세요").max(200).optional(),
  })
  .strict()
export type SellerOrderActionBody = z.infer<typeof SellerOrderActionBody>
