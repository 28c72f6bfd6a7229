import { z } from "@medusajs/framework/zod"
import { PaymentCompensationStatus } from "../../../modules/order-group"

export const AdminGetPaymentCompensationsParams = z
  .object({
    status: z.enum(Object.values(PaymentCompensationStatus) as [PaymentCompensationStatus, ...PaymentCompensationStatus[]]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetPaymentCompensationsParamsType = z.infer<typeof AdminGetPaymentCompensationsParams>
