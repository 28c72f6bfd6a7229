import { z } from "@medusajs/framework/zod"
import { AftersalesState, AftersalesType } from "../../../modules/aftersales"

export const AdminAftersalesQuerySchema = z
  .object({
    state: z.enum(Object.values(AftersalesState) as [AftersalesState, ...AftersalesState[]]).optional(),
    type: z.enum(Object.values(AftersalesType) as [AftersalesType, ...AftersalesType[]]).optional(),
    seller_id: z.string().trim().min(1).optional(),
    order_id: z.string().trim().min(1).optional(),
    customer_id: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminAftersalesQuery = z.infer<typeof AdminAftersalesQuerySchema>

export const AdminApproveAftersalesSchema = z
  .object({
    pickup_date: z.string().refine((value) => !Number.isNaN(Date.parse(value)), "pickup_date must be a date"),
    note: z.string().trim().max(500).optional(),
  })
  .strict()
export type AdminApproveAftersalesBody = z.infer<typeof AdminApproveAftersalesSchema>

export const AdminRejectAftersalesSchema = z.object({ reason: z.string().trim().min(1).max(500) }).strict()
export type AdminRejectAftersalesBody = z.infer<typeof AdminRejectAftersalesSchema>

export const AdminReceiveAftersalesSchema = z.object({ inspection_note: z.string().trim().max(1000).optional() }).strict()
export type AdminReceiveAftersalesBody = z.infer<typeof AdminReceiveAftersalesSchema>

export const AdminCompleteAftersalesSchema = z
  .object({ courier: z.string().trim().min(1).max(50).optional(), tracking_number: z.string().trim().min(6).max(30).optional() })
  .strict()
export type AdminCompleteAftersalesBody = z.infer<typeof AdminCompleteAftersalesSchema>
