import { z } from "@medusajs/framework/zod"
import { SellerStatus } from "../../../modules/seller/types"

export const AdminSellersQuerySchema = z
  .object({
    status: z.enum(Object.values(SellerStatus) as [SellerStatus, ...SellerStatus[]]).optional(),
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminSellersQuery = z.infer<typeof AdminSellersQuerySchema>

export const AdminSuspendSellerSchema = z.object({ reason: z.string().trim().min(1).max(500) }).strict()
export type AdminSuspendSellerBody = z.infer<typeof AdminSuspendSellerSchema>
