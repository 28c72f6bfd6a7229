import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_GROUP_MODULE, type OrderGroupModuleService } from "../../../modules/order-group"
import type { AdminGetPaymentCompensationsParamsType } from "./validators"

type PaymentCompensationRow = Awaited<ReturnType<OrderGroupModuleService["listPaymentCompensations"]>>[number]

/**
 * Compensations that move money back and failed at least once (voids of failed orders' charges),
 * newest first, `?status=failed` for those still waiting for the retry job.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetPaymentCompensationsParamsType>,
  res: MedusaResponse<{ payment_compensations: PaymentCompensationRow[]; count: number; limit: number; offset: number }>
) => {
  const { status, limit, offset } = req.validatedQuery
  const [rows, count] = await req.scope
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listAndCountPaymentCompensations(status ? { status } : {}, { take: limit, skip: offset, order: { created_at: "DESC" } })
  res.json({ payment_compensations: rows, count, limit, offset })
}
