import { z } from "@medusajs/framework/zod"
import { AftersalesState, AftersalesType } from "../../../../../modules/aftersales"

export const SellerAftersalesListQuery = z
  .object({
    type: z.enum(Object.values(AftersalesType) as [AftersalesType, ...AftersalesType[]]).optional(),
    state: z.enum(Object.values(AftersalesState) as [AftersalesState, ...AftersalesState[]]).optional(),
    orderId: z.string().trim().min(1).optional(),
    page: z.coerce.number().int().min(1).default(1),
    size: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
export type SellerAftersalesListQueryType = z.infer<typeof SellerAftersalesListQuery>

export const ApproveAftersalesBody = z
  .object({
    /** 회수 예정일 (YYYY-MM-DD or an ISO date-time). */
    pickupDate: z
      .string({ message: "회수 예정일(pickupDate)을 입력해 주세요." })
      .refine((value) => !Number.isNaN(Date.parse(value)), "회수 예정일은 YYYY-MM-DD 형식입니다."),
    note: z.string().trim().max(500).optional(),
  })
  .strict()
export type ApproveAftersalesBodyType = z.infer<typeof ApproveAftersalesBody>

export const RejectAftersalesBody = z
  .object({ reason: z.string({ message: "거부 사유를 입력해 주세요." }).trim().min(1, "거부 사유를 입력해 주세요.").max(500) })
  .strict()
export type RejectAftersalesBodyType = z.infer<typeof RejectAftersalesBody>

export const ReceiveAftersalesBody = z
  .object({ inspectionNote: z.string().trim().max(1000, "검수 메모는 1000자 이하입니다.").optional() })
  .strict()
export type ReceiveAftersalesBodyType = z.infer<typeof ReceiveAftersalesBody>

export const CompleteAftersalesBody = z
  .object({
    /** Exchanges: the replacement's courier and tracking number (운송장 번호). */
    courier: z.string().trim().min(1).max(50).optional(),
    trackingNumber: z.string().trim().regex(/^[0-9A-Za-z-]{6,30}$/, "운송장 번호는 영문·숫자 6~30자입니다.").optional(),
  })
  .strict()
export type CompleteAftersalesBodyType = z.infer<typeof CompleteAftersalesBody>
