import { z } from "@medusajs/framework/zod"
import { DeliveryState } from "../../../../modules/order-group"

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "날짜는 YYYY-MM-DD 형식이어야 합니다")

/** `GET /api/v1/history/{userId}`: newest first, filter by state and by period (KST days). */
export const HistoryQuery = z
  .object({
    page: z.coerce.number().int().min(1, "page는 1 이상이어야 합니다").default(1),
    size: z.coerce.number().int().min(1).max(50, "size는 50 이하여야 합니다").default(10),
    state: z.enum(DeliveryState, { error: "알 수 없는 주문 상태입니다" }).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .strict()
export type HistoryQuery = z.infer<typeof HistoryQuery>
